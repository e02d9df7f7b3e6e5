//! The practice provider's answers: HTML pages, JSON, OAuth errors and redirects.

pub(super) struct Reply {
    pub(super) status: u16,
    pub(super) content_type: &'static str,
    pub(super) body: String,
    pub(super) headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub(super) fn html(status: u16, body: String) -> Reply {
        Reply {
            status,
            content_type: "text/html; charset=utf-8",
            body,
            headers: vec![],
        }
    }
    pub(super) fn json(status: u16, v: serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: v.to_string(),
            headers: vec![("Cache-Control", "no-store".into())],
        }
    }
    pub(super) fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
        Reply::json(
            status,
            serde_json::json!({ "error": error, "error_description": description }),
        )
    }
    pub(super) fn redirect(status: u16, to: String) -> Reply {
        Reply {
            status,
            content_type: "text/plain",
            body: String::new(),
            headers: vec![("Location", to)],
        }
    }
    pub(super) fn with(mut self, name: &'static str, value: String) -> Reply {
        self.headers.push((name, value));
        self
    }
}
