// A certified OpenID provider (panva/oidc-provider) set up the way FranceConnect v2
// is: ES256 ID tokens, ES256-signed userinfo (application/jwt), client_secret_post,
// FranceConnect's claims as scopes. Started by tests/interop.rs on a loopback port;
// prints its issuer on the first line.
//
// With FRONT_DOOR=franceconnect it also stands behind a strict copy of the
// platform's front door: `/auth` accepts only FranceConnect's parameter list
// (anything else, or a missing state, nonce of 22+ or acr_values, is a 400
// page « Erreur Y030007 »), exactly one registered redirect address
// (REDIRECT_URI), no PKCE, and the eidas1 level on the ID token.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'interop-es256', use: 'sig', alg: 'ES256' };

const claims = ['given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry', 'email'];
const person = {
  given_name: 'Angela Claire Louise', family_name: 'DUBOIS', birthdate: '1962-08-24', gender: 'female',
  birthplace: '75107', birthcountry: '99100', email: 'angela.dubois@example.org',
};

const strict = process.env.FRONT_DOOR === 'franceconnect';
const registered = process.env.REDIRECT_URI || 'http://127.0.0.1/callback';
const loggedOut = new URL('/logout-callback', registered).toString();
const allowed = new Set(['client_id', 'acr_values', 'claims', 'response_type', 'nonce', 'state',
  'redirect_uri', 'scope', 'prompt', 'idp_hint', 'ui_locales']);

/** FranceConnect's /authorize rules: true when the request may pass. */
function frontDoorAccepts(query) {
  const names = [...query.keys()];
  if (names.some((n) => !allowed.has(n))) return false;
  if (new Set(names).size !== names.length) return false;
  const nonce = query.get('nonce') || '';
  return Boolean(query.get('state')) && nonce.length >= 22 && Boolean(query.get('acr_values'));
}

const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'fcguide-interop',
    client_secret: process.env.INTEROP_SECRET,
    application_type: 'native',
    redirect_uris: [registered],
    post_logout_redirect_uris: [loggedOut],
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
  pkce: { required: () => !strict },
  acrValues: ['eidas1'],
  findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...person }) }),
  ttl: { AccessToken: 60, IdToken: 60, AuthorizationCode: 30, Interaction: 600, Session: 600, Grant: 600 },
});
provider.on('server_error', (ctx, err) => console.error('server_error', err));
const callback = provider.callback();
server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  if (strict && url.pathname === '/auth' && !frontDoorAccepts(url.searchParams)) {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="fr"><title>Erreur de connexion - FranceConnect</title>'
      + '<h1>Une erreur s’est produite</h1><p>Erreur Y030007</p></html>');
    return;
  }
  // The platform vouches for eidas1 at login: the development login form's
  // submission is finished here with that level.
  if (strict && req.method === 'POST' && /^\/interaction\/[^/]+$/.test(url.pathname)) {
    const details = await provider.interactionDetails(req, res).catch(() => null);
    if (details?.prompt?.name === 'login') {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const body = new URLSearchParams(Buffer.concat(chunks).toString());
      await provider.interactionFinished(req, res, {
        login: { accountId: body.get('login'), acr: 'eidas1' },
      }, { mergeWithLastSubmission: false });
      return;
    }
  }
  callback(req, res);
});
console.log(issuer);
