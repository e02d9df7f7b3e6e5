mod flow;
mod i18n;
mod identity;
mod idps;
mod oidc;
mod view;
fn main() {}
