import {
  InMemoryIdentityStore,
  LighterLiveDataClientFactory,
  LighterLiveExecClientFactory,
} from '@lighter-ts/execution';
import { startSimulator } from '@lighter-ts/simulator';

// The NautilusTrader way to get clients: a factory builds each one, wired, from its config.
const sim = await startSimulator({ seed: 1 });
const acct = await sim.createAccount({ collateral: '10000' });
const config = {
  network: sim.network,
  accountIndex: acct.accountIndex,
  apiKeyIndex: acct.apiKeyIndex,
  privateKey: acct.privateKey,
};

const data = LighterLiveDataClientFactory.create({ config });
const exec = LighterLiveExecClientFactory.create({
  config,
  quoteSource: (id) => data.topOfBook(id),
  identityStore: new InMemoryIdentityStore(),
});
// Nothing talked to the venue yet: construction is inert, connect() starts the I/O.
await data.connect();
await exec.connect();
console.log(exec.connected, data.instruments.all().length > 0); // true true
await exec.close();
await data.close();
await sim.close();
