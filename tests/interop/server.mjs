// A certified OpenID provider (panva/oidc-provider) set up the way FranceConnect v2
// is: ES256 ID tokens, ES256-signed userinfo (application/jwt), client_secret_post,
// FranceConnect's claims as scopes. Started by tests/interop.rs on a loopback port;
// prints its issuer on the first line.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'interop-es256', use: 'sig', alg: 'ES256' };

const claims = ['given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry', 'email'];
const person = {
  given_name: 'Angela Claire Louise', family_name: 'DUBOIS', birthdate: '1962-08-24', gender: 'female',
  birthplace: '75107', birthcountry: '99100', email: 'angela.dubois@example.org',
};

const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'fcguide-interop',
    client_secret: process.env.INTEROP_SECRET,
    application_type: 'native',
    redirect_uris: ['http://127.0.0.1/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1/logout-callback'],
    token_endpoint_auth_method: 'client_secret_post',
    id_token_signed_response_alg: 'ES256',
    userinfo_signed_response_alg: 'ES256',
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  jwks: { keys: [jwk] },
  scopes: ['openid', ...claims],
  claims: Object.fromEntries([['openid', ['sub']], ...claims.map((c) => [c, [c]])]),
  features: { jwtUserinfo: { enabled: true }, devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
  findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...person }) }),
  ttl: { AccessToken: 60, IdToken: 60, AuthorizationCode: 30, Interaction: 600, Session: 600, Grant: 600 },
});
provider.on('server_error', (ctx, err) => console.error('server_error', err));
server.on('request', provider.callback());
console.log(issuer);
