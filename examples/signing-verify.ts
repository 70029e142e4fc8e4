import {
  createSigner,
  decodeTxInfo,
  generatePrivateKey,
  hashDecodedTx,
  publicKeyFromPrivateKey,
  verifyAuthToken,
  verifyTxSignature,
} from '@lighter-ts/signing';

// What a venue (or the simulator) does with a tx it receives: decode, hash, verify.
const privateKey = generatePrivateKey();
const publicKey = publicKeyFromPrivateKey(privateKey);
const signer = createSigner({ network: 'lighter-testnet', accountIndex: 1001, apiKeyIndex: 3, privateKey });
const { txInfo } = signer.signCancelOrder({ marketIndex: 0, orderIndex: 123n, nonce: 0 });

const decoded = decodeTxInfo({ txType: 15, txInfo }); // typed union, same range checks as signing
const { txHash } = hashDecodedTx({ decoded, chainId: 300 });
const ok = verifyTxSignature({ decoded, chainId: 300, publicKey });
const { accountIndex, apiKeyIndex } = verifyAuthToken({ token: signer.createAuthToken(), publicKey }); // throws AuthTokenError
console.log(txHash, ok, accountIndex, apiKeyIndex); // … true 1001 3
