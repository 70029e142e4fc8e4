import { describeRoute } from '../helpers/route-cases.js';

describeRoute('events');
