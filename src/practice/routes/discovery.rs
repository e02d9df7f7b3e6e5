//! `/.well-known/openid-configuration`: the discovery document, shaped like the platform's.

use super::reply::Reply;
use super::{Platform, SCOPES};

pub(super) fn discovery(p: &Platform) -> Reply {
    let i = &p.issuer;
    // Shaped like the platform's: it advertises S256 although `/authorize`
    // refuses `code_challenge` (a trap this practice teaches).
    Reply::json(
        200,
        serde_json::json!({
            "issuer": i,
            "authorization_endpoint": format!("{i}/authorize"),
            "token_endpoint": format!("{i}/token"),
            "userinfo_endpoint": format!("{i}/userinfo"),
            "jwks_uri": format!("{i}/jwks"),
            "end_session_endpoint": format!("{i}/session/end"),
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["ES256", "RS256"],
            "userinfo_signing_alg_values_supported": ["ES256", "RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
            "code_challenge_methods_supported": ["S256"],
            "authorization_response_iss_parameter_supported": true,
            "acr_values_supported": ["eidas1"],
            "claims_parameter_supported": true,
            "scopes_supported": SCOPES.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            "claims_supported": ["sub", "given_name", "given_name_array", "family_name", "birthdate",
                "gender", "birthplace", "birthcountry", "email", "preferred_username", "amr", "idp_id", "idp_birthdate"],
        }),
    )
}
