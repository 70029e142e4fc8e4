/**
 * The client config of a simulator account: its network, its credentials, and quotas no test reaches, for every test
 * that builds an execution client (through the harness, the factory, a proxy or a crash child's parent).
 */
import type { CreatedAccount, Simulator } from '@lighter-ts/simulator';

/**
 * Config of `acct` on `sim`; `via` routes REST and WS through another endpoint (a recording proxy).
 * @example new LighterExecutionClient({ config: simClientConfig({ sim, acct }) })
 */
export function simClientConfig(params: {
  sim: Pick<Simulator, 'httpUrl' | 'wsUrl' | 'chainId'>;
  acct: Pick<CreatedAccount, 'accountIndex' | 'apiKeyIndex' | 'privateKey'>;
  via?: { httpUrl: string; wsUrl: string };
  connectTimeoutMs?: number;
}) {
  const { sim, acct } = params;
  const endpoint = params.via ?? sim;
  return {
    network: { httpUrl: endpoint.httpUrl, wsUrl: endpoint.wsUrl, chainId: sim.chainId },
    accountIndex: acct.accountIndex,
    apiKeyIndex: acct.apiKeyIndex,
    privateKey: acct.privateKey,
    restQuotaPerMin: 1_000_000,
    sendTxQuotaPerMin: 1_000_000,
    connectTimeoutMs: params.connectTimeoutMs ?? 10_000,
  };
}
