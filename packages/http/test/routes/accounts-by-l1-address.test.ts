import { describeRoute } from '../helpers/route-cases.js';

describeRoute('accountsByL1Address');
