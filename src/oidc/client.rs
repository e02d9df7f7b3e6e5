//! The relying party's journey: discovery, the authorization request, the
//! code exchange and every check on what comes back.

use super::callback::{CallbackParams, Listener, Notify, Pages};
use super::config::{ClientAuth, Config, Rules};
use super::discovery::{Metadata, discover};
use super::error::{ConfigProblem, LoginError, TokenCheck, refusal};
use super::http;
use super::jwt::{Jwks, verify};
use super::paste::{self, PasteProblem};
use crate::identity::{Identity, clean_text};
use crate::secure::{pkce_challenge, random_token};
use serde_json::Value;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};
use url::Url;
use zeroize::Zeroizing;

/// Clock skew tolerated on `exp` and `iat`.
const LEEWAY_SECS: i64 = 30;

pub struct Client {
    pub config: Config,
    pub meta: Metadata,
    jwks: Mutex<Jwks>,
}

/// One authorization attempt: what was sent and the listener for the answer.
pub struct Pending {
    /// The address to open in the browser.
    pub url: String,
    pub listener: Listener,
    state: String,
    nonce: Zeroizing<String>,
    verifier: Option<Zeroizing<String>>,
}

impl Pending {
    /// The address the person pasted, read as this attempt's answer.
    pub fn read_pasted(&self, pasted: &str) -> Result<CallbackParams, PasteProblem> {
        paste::read(pasted, &self.listener.redirect_uri, &self.state)
    }
}

/// What a successful connection leaves: the identity, and the ID token kept
/// only in memory as the `id_token_hint` of a later logout.
pub struct Connection {
    pub identity: Identity,
    pub id_token: Zeroizing<String>,
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The `aud` claim as a list: one string or an array of them.
fn audiences(claims: &Value) -> Vec<&str> {
    match claims.get("aud") {
        Some(Value::String(a)) => vec![a.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// `nbf` (RFC 7519 4.1.5), with the same leeway as `exp`.
fn not_before(claims: &Value, now: i64) -> Result<(), TokenCheck> {
    match claims.get("nbf") {
        None => Ok(()),
        Some(nbf) if nbf.as_i64().is_some_and(|n| n <= now.saturating_add(LEEWAY_SECS)) => Ok(()),
        Some(_) => Err(TokenCheck::NotBefore),
    }
}

impl Client {
    pub fn discover(config: Config) -> Result<Client, LoginError> {
        config.check()?;
        if config.client_auth == Some(ClientAuth::Post) && config.client_secret.is_none() {
            return Err(LoginError::Config(ConfigProblem::MissingSecret));
        }
        let meta = discover(&http::agent(&config.issuer), &config.issuer)?;
        let client = Client {
            config,
            meta,
            jwks: Mutex::new(Jwks::default()),
        };
        client.refresh_jwks()?;
        Ok(client)
    }

    fn refresh_jwks(&self) -> Result<(), LoginError> {
        let agent = self.agent();
        let body = http::read(&agent, &self.meta.jwks_uri, agent.get(&self.meta.jwks_uri).call())?;
        let jwks: Jwks = (body.status == 200)
            .then(|| serde_json::from_str(&body.text).ok())
            .flatten()
            .ok_or(LoginError::Discovery)?;
        *self.jwks.lock().unwrap_or_else(|e| e.into_inner()) = jwks;
        Ok(())
    }

    /// An HTTP client for one exchange, dropped with it: no connection is kept
    /// in a pool, so every buffer that held a token, the secret or the
    /// userinfo is freed (and wiped by the allocator) when the exchange ends.
    fn agent(&self) -> ureq::Agent {
        http::agent(&self.config.issuer)
    }

    /// Verifies a signature, fetching the keys once more on an unknown key id.
    fn verify(&self, token: &str) -> Result<Value, TokenCheck> {
        let first = verify(token, &self.jwks.lock().unwrap_or_else(|e| e.into_inner()));
        match first {
            Err(TokenCheck::UnknownKey) => {
                self.refresh_jwks().map_err(|_| TokenCheck::UnknownKey)?;
                verify(token, &self.jwks.lock().unwrap_or_else(|e| e.into_inner()))
            }
            other => other,
        }
    }

    /// Builds the authorization request and starts the loopback listener.
    /// `use_idp_hint` is false once the provider refused the configured hint.
    pub fn begin(
        &self,
        use_idp_hint: bool,
        ui_locale: &str,
        pages: Pages,
        notify: Notify,
    ) -> Result<Pending, LoginError> {
        let state = random_token(24);
        let nonce = Zeroizing::new(random_token(32));
        let listener = self.listener(
            self.config.redirect_uri.as_ref(),
            "/callback",
            state.clone(),
            pages,
            notify,
        )?;
        // FranceConnect refuses any parameter off its list, PKCE's included,
        // although its discovery advertises S256 (Y030007).
        let pkce =
            self.config.rules == Rules::Oidc && self.meta.code_challenge_methods_supported.iter().any(|m| m == "S256");
        let verifier = pkce.then(|| Zeroizing::new(random_token(48)));
        let mut url = Url::parse(&self.meta.authorization_endpoint).map_err(|_| LoginError::Discovery)?;
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("response_type", "code")
                .append_pair("client_id", &self.config.client_id)
                .append_pair("redirect_uri", &listener.redirect_uri)
                .append_pair("scope", &self.config.scopes)
                .append_pair("state", &state)
                .append_pair("nonce", &nonce)
                .append_pair("ui_locales", ui_locale);
            if let Some(v) = &verifier {
                q.append_pair("code_challenge", &pkce_challenge(v))
                    .append_pair("code_challenge_method", "S256");
            }
            if let Some(acr) = &self.config.acr_values {
                q.append_pair("acr_values", acr);
            }
            if let Some(prompt) = &self.config.prompt {
                q.append_pair("prompt", prompt);
            }
            if let (true, Some(hint)) = (use_idp_hint, &self.config.idp_hint) {
                q.append_pair("idp_hint", hint);
            }
        }
        listener.set_start(url.as_str());
        Ok(Pending {
            url: url.to_string(),
            listener,
            state,
            nonce,
            verifier,
        })
    }

    /// Turns the browser's answer into a verified identity, or says why not.
    pub fn finish(&self, pending: &Pending, answer: CallbackParams) -> Result<Connection, LoginError> {
        if answer.intruder {
            return Err(LoginError::Intruder);
        }
        // The listener already refused other states; checked again here so that
        // `finish` is safe on its own.
        if answer.state.as_deref() != Some(pending.state.as_str()) {
            return Err(LoginError::MissingCode);
        }
        // RFC 9207: when the provider names itself, it must be the one we asked;
        // when it says it always does, an answer without it is refused.
        match &answer.iss {
            Some(iss) if *iss != self.meta.issuer => return Err(LoginError::CallbackIssuer),
            None if self.meta.authorization_response_iss_parameter_supported => {
                return Err(LoginError::CallbackIssuerMissing);
            }
            _ => {}
        }
        if let Some(error) = &answer.error {
            return Err(refusal(error, answer.error_description.as_deref()));
        }
        let code = answer
            .code
            .as_deref()
            .filter(|c| !c.is_empty())
            .ok_or(LoginError::MissingCode)?;
        let tokens = self.exchange(code, pending)?;
        let id_token = tokens
            .get("id_token")
            .and_then(Value::as_str)
            .ok_or(LoginError::TokenEndpoint)?;
        let access_token = tokens
            .get("access_token")
            .and_then(Value::as_str)
            .ok_or(LoginError::TokenEndpoint)?;
        let claims = self
            .check_id_token(id_token, &pending.nonce)
            .map_err(LoginError::IdToken)?;
        let sub = claims["sub"].as_str().unwrap_or_default().to_string();
        let identity = self.userinfo(access_token, &sub)?;
        Ok(Connection {
            identity,
            id_token: Zeroizing::new(id_token.to_string()),
        })
    }

    fn exchange(&self, code: &str, pending: &Pending) -> Result<Value, LoginError> {
        let mut form: Vec<(&str, &str)> = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", &pending.listener.redirect_uri),
        ];
        if let Some(v) = &pending.verifier {
            form.push(("code_verifier", v));
        }
        let revealed = self.config.client_secret.as_ref().map(|s| s.reveal());
        let secret = revealed.as_deref().map(String::as_str);
        let auth = self.config.client_auth.unwrap_or_else(|| {
            let methods = &self.meta.token_endpoint_auth_methods_supported;
            match secret {
                None => ClientAuth::None,
                // Basic is the default of the specification when nothing is advertised.
                Some(_)
                    if methods.iter().any(|m| m == "client_secret_post")
                        && !methods.iter().any(|m| m == "client_secret_basic") =>
                {
                    ClientAuth::Post
                }
                Some(_) => ClientAuth::Basic,
            }
        });
        let agent = self.agent();
        let mut request = agent
            .post(&self.meta.token_endpoint)
            .header("Accept", "application/json");
        match (auth, secret) {
            (ClientAuth::Post, Some(s)) => {
                form.push(("client_id", &self.config.client_id));
                form.push(("client_secret", s));
            }
            (ClientAuth::Basic, Some(s)) => {
                use base64::Engine;
                let enc = |v: &str| url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>();
                let pair = format!("{}:{}", enc(&self.config.client_id), enc(s));
                let header = Zeroizing::new(format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(pair)
                ));
                request = request.header("Authorization", header.as_str());
            }
            _ => form.push(("client_id", &self.config.client_id)),
        }
        let body = http::read(
            &agent,
            &self.meta.token_endpoint,
            request.send_form(form.iter().copied()),
        )?;
        if body.status != 200 {
            // A wrong client id or secret is the registration's, not a passing failure.
            let error = serde_json::from_str::<Value>(&body.text).ok();
            if error.as_ref().and_then(|e| e.get("error")).and_then(Value::as_str) == Some("invalid_client") {
                return Err(LoginError::ClientRejected);
            }
            return Err(LoginError::TokenEndpoint);
        }
        let tokens: Value = serde_json::from_str(&body.text).map_err(|_| LoginError::TokenEndpoint)?;
        let bearer = tokens
            .get("token_type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.eq_ignore_ascii_case("bearer"));
        if !bearer {
            return Err(LoginError::TokenEndpoint);
        }
        Ok(tokens)
    }

    /// OpenID Connect Core 3.1.3.7, one error per failed rule.
    fn check_id_token(&self, token: &str, nonce: &str) -> Result<Value, TokenCheck> {
        let claims = self.verify(token)?;
        let client_id = self.config.client_id.as_str();
        if claims.get("iss").and_then(Value::as_str) != Some(self.meta.issuer.as_str()) {
            return Err(TokenCheck::Issuer);
        }
        let audiences = audiences(&claims);
        if !audiences.contains(&client_id) {
            return Err(TokenCheck::Audience);
        }
        let azp = claims.get("azp").and_then(Value::as_str);
        if (audiences.len() > 1 && azp.is_none()) || azp.is_some_and(|a| a != client_id) {
            return Err(TokenCheck::AuthorizedParty);
        }
        let now = now();
        match claims.get("exp").and_then(Value::as_i64) {
            Some(exp) if now < exp.saturating_add(LEEWAY_SECS) => {}
            _ => return Err(TokenCheck::Expired),
        }
        match claims.get("iat").and_then(Value::as_i64) {
            Some(iat) if iat <= now.saturating_add(LEEWAY_SECS) => {}
            _ => return Err(TokenCheck::IssuedAt),
        }
        not_before(&claims, now)?;
        if claims.get("nonce").and_then(Value::as_str) != Some(nonce) {
            return Err(TokenCheck::Nonce);
        }
        if let Some(requested) = &self.config.acr_values {
            let acr = claims.get("acr").and_then(Value::as_str);
            if !acr.is_some_and(|a| requested.split_whitespace().any(|r| r == a)) {
                return Err(TokenCheck::Acr);
            }
        }
        if claims.get("sub").and_then(Value::as_str).is_none_or(str::is_empty) {
            return Err(TokenCheck::Malformed);
        }
        Ok(claims)
    }

    fn userinfo(&self, access_token: &str, sub: &str) -> Result<Identity, LoginError> {
        let endpoint = self
            .meta
            .userinfo_endpoint
            .as_deref()
            .ok_or(LoginError::Userinfo(None))?;
        let bearer = Zeroizing::new(format!("Bearer {access_token}"));
        let agent = self.agent();
        let body = http::read(
            &agent,
            endpoint,
            agent.get(endpoint).header("Authorization", bearer.as_str()).call(),
        )
        .map_err(|_| LoginError::Userinfo(None))?;
        drop(agent);
        if body.status != 200 {
            return Err(LoginError::Userinfo(None));
        }
        let signed = body.content_type == "application/jwt";
        // FranceConnect signs userinfo; a plain JSON answer is not its own.
        if !signed && self.config.rules == Rules::FranceConnect {
            return Err(LoginError::Userinfo(Some(TokenCheck::Unsigned)));
        }
        let claims = if signed {
            let claims = self
                .verify(body.text.trim())
                .map_err(|c| LoginError::Userinfo(Some(c)))?;
            self.check_signed_userinfo(&claims)
                .map_err(|c| LoginError::Userinfo(Some(c)))?;
            claims
        } else {
            serde_json::from_str::<Value>(&body.text)
                .ok()
                .filter(Value::is_object)
                .ok_or(LoginError::Userinfo(Some(TokenCheck::Malformed)))?
        };
        if claims.get("sub").and_then(Value::as_str) != Some(sub) {
            return Err(LoginError::Userinfo(Some(TokenCheck::Subject)));
        }
        // An ID token is signed by the same keys and names the same subject:
        // served as userinfo, it would pass every check above.
        if signed && claims.get("nonce").is_some() {
            return Err(LoginError::Userinfo(Some(TokenCheck::NotUserinfo)));
        }
        // Whatever the provider sends is shown as text, never as terminal commands.
        let s = |name: &str| clean_text(claims.get(name).and_then(Value::as_str).unwrap_or_default());
        let mut id = Identity::default();
        id.sub = sub.to_string();
        id.given_name = s("given_name");
        id.family_name = s("family_name");
        id.birthdate = s("birthdate");
        id.gender = s("gender");
        id.birthplace = s("birthplace");
        id.birthcountry = s("birthcountry");
        id.email = s("email");
        // An empty identity is never shown as verified.
        if id.is_empty() {
            return Err(LoginError::Userinfo(Some(TokenCheck::NoIdentity)));
        }
        Ok(id)
    }

    /// `iss` and `aud` of a signed userinfo (OpenID Connect Core 5.3.2): checked
    /// when present, required under FranceConnect's rules; `exp` and `nbf` live.
    fn check_signed_userinfo(&self, claims: &Value) -> Result<(), TokenCheck> {
        let strict = self.config.rules == Rules::FranceConnect;
        match claims.get("iss") {
            None if !strict => {}
            Some(Value::String(i)) if *i == self.meta.issuer => {}
            _ => return Err(TokenCheck::Issuer),
        }
        let aud_ok = match claims.get("aud") {
            None => !strict,
            Some(_) => audiences(claims).contains(&self.config.client_id.as_str()),
        };
        if !aud_ok {
            return Err(TokenCheck::Audience);
        }
        let now = now();
        match claims.get("exp") {
            None => {}
            Some(exp) if exp.as_i64().is_some_and(|e| now < e.saturating_add(LEEWAY_SECS)) => {}
            Some(_) => return Err(TokenCheck::Expired),
        }
        not_before(claims, now)
    }

    /// The listener of an attempt. Where the registered address is the
    /// service's page (the answer is pasted), it only serves the start
    /// addresses, on a free loopback port, and the request names the page.
    fn listener(
        &self,
        registered: Option<&Url>,
        path: &str,
        state: String,
        pages: Pages,
        notify: Notify,
    ) -> Result<Listener, LoginError> {
        if !self.config.pastes() {
            return Listener::start(registered, path, state, pages, notify);
        }
        let mut listener = Listener::start(None, path, state, pages, notify)?;
        if let Some(page) = registered {
            listener.redirect_uri = page.to_string();
        }
        Ok(listener)
    }

    /// The end-session address and a listener for the return, when the provider has one.
    pub fn logout(&self, id_token: &str, pages: Pages, notify: Notify) -> Result<(String, Listener), LoginError> {
        let endpoint = self.meta.end_session_endpoint.as_deref().ok_or(LoginError::Discovery)?;
        let state = random_token(24);
        // Same host and port as a registered redirect URI, on its own path.
        let registered = self.config.redirect_uri.as_ref().map(|u| {
            let mut u = u.clone();
            u.set_path("/logout-callback");
            u
        });
        let listener = self.listener(registered.as_ref(), "/logout-callback", state.clone(), pages, notify)?;
        let mut url = Url::parse(endpoint).map_err(|_| LoginError::Discovery)?;
        url.query_pairs_mut()
            .append_pair("id_token_hint", id_token)
            .append_pair("state", &state)
            .append_pair("post_logout_redirect_uri", &listener.redirect_uri);
        // The browser is given the listener's random local address, which
        // redirects to the end-session request: the ID token never appears in
        // the browser's command line, where other users could read it.
        listener.set_start(url.as_str());
        Ok((listener.short_url.clone(), listener))
    }
}
