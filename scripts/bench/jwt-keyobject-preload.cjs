/**
 * What-if experiment for `npm run bench -- --jwt-keyobject` (never used by the app itself):
 * jsonwebtoken 9 calls crypto.createPublicKey() on a string HMAC secret on every verify, which throws
 * (~2 ms of OpenSSL PEM decoding per request) before it falls back to createSecretKey().
 * This preload hands jwt.verify a cached KeyObject instead, i.e. what the app would do with
 * `secretOrKey: createSecretKey(Buffer.from(config.jwtSecret))` in server/src/modules/auth/jwt.strategy.ts.
 */
const { createSecretKey } = require('node:crypto');
const jwt = require('jsonwebtoken');

const original = jwt.verify;
const keys = new Map();
jwt.verify = function verify(token, secret, ...rest) {
  if (typeof secret === 'string') {
    let key = keys.get(secret);
    if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret))));
    secret = key;
  }
  return original.call(this, token, secret, ...rest);
};
