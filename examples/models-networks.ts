import { NETWORKS, customNetwork, resolveNetwork } from '@lighter-ts/models/constants';

console.log(resolveNetwork('robinhood-mainnet').collateral.symbol); // 'USDG'
// A simulator or gateway: nothing is derived from the URL; the id defaults to custom:<chainId>@<host>.
const local = customNetwork({ httpUrl: 'http://127.0.0.1:8080', wsUrl: 'ws://127.0.0.1:8080/stream', chainId: 300 });
// A named network on other hosts keeps its identity (e.g. if the testnet host moves).
const moved = customNetwork({
  ...NETWORKS['lighter-testnet'],
  httpUrl: 'https://api.testnet.lighter.xyz',
  wsUrl: 'wss://api.testnet.lighter.xyz/stream',
});
console.log(local.networkId, moved.networkId); // custom:300@127.0.0.1:8080 lighter-testnet
