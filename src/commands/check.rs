//! `fcguide check`: the set-up a run would use, checked item by item before
//! sitting down with a person, each with a verdict in the person's language.
//! It says what it found (a proxy's host, a clock's offset, a file's path) and
//! never a secret: not the client secret, not a proxy's password.

use crate::cli::{Options, exit};
use crate::debug;
use crate::i18n::{Arg, Catalog};
use crate::oidc::config::{self, Rules};
use crate::oidc::error::LoginError;
use crate::oidc::{discovery, http};
use crate::practice::{self, PracticeServer};
use crate::setup::{self, Environment};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Past this offset from the provider's clock, tokens may be refused as not yet
/// valid or already expired (the relying party allows a minute either way).
const CLOCK_TOLERANCE_SECS: i64 = 60;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Ok,
    Warning,
    Problem,
}

/// The lines said so far, and whether one was a problem.
struct Report<'a> {
    catalog: &'a Catalog,
    lang: &'a str,
    problems: usize,
    text: String,
}

impl Report<'_> {
    fn line(&mut self, verdict: Verdict, id: &str, args: &[(&str, Arg)]) {
        let mark = match verdict {
            Verdict::Ok => "cli2-check-ok",
            Verdict::Warning => "cli2-check-warning",
            Verdict::Problem => "cli2-check-problem",
        };
        if verdict == Verdict::Problem {
            self.problems += 1;
        }
        let mark = self.catalog.text(self.lang, mark, &[]);
        let said = self.catalog.text(self.lang, id, args);
        self.text.push_str(&format!("{mark}: {said}\n"));
    }

    /// A problem told with the run's own message for it, and what to do.
    fn error(&mut self, e: &LoginError) {
        let file = e.file().map(|p| p.display().to_string()).unwrap_or_default();
        // A network error names the provider's host and the proxy it went through.
        let args = [
            ("file", Arg::Str(&file)),
            ("host", Arg::Str(e.host().unwrap_or_default())),
            ("proxy", Arg::Str(e.proxy().unwrap_or_default())),
        ];
        let id = format!("error-{}", e.id());
        let next = self.catalog.text(self.lang, &format!("{id}-next"), &args);
        self.line(Verdict::Problem, &id, &args);
        self.text.push_str(&format!("    {next}\n"));
    }
}

/// Runs every check and prints the verdicts; 0 when nothing is a problem, 1 otherwise.
pub fn run(catalog: Arc<Catalog>, options: &Options, environment: &Environment, lang: &str) -> i32 {
    let mut report = Report {
        catalog: &catalog,
        lang,
        problems: 0,
        text: String::new(),
    };
    // The practice provider is started here, as a run would, and stopped at the end.
    let mut practice_server = None;
    let issuer = match issuer_of(options) {
        Some(issuer) => {
            set_up(&mut report, options, environment);
            issuer
        }
        None => {
            report.line(Verdict::Ok, "cli2-check-practice", &[]);
            match PracticeServer::start(practice::Settings::default(), catalog.clone()) {
                Ok(s) => practice_server.insert(s).issuer.clone(),
                Err(_) => {
                    report.error(&LoginError::Listener);
                    return finish(report);
                }
            }
        }
    };
    report.text.insert_str(
        0,
        &format!(
            "{}\n",
            // By scheme, host, port and path: an address typed with a password keeps it.
            catalog.text(
                lang,
                "cli2-check-title",
                &[("word", Arg::Str(&debug::endpoint(&issuer)))]
            )
        ),
    );
    network(&mut report, &issuer);
    drop(practice_server);
    finish(report)
}

fn finish(mut report: Report) -> i32 {
    let last = if report.problems == 0 {
        "cli2-check-ready"
    } else {
        "cli2-check-not-ready"
    };
    report.text.push_str(&report.catalog.text(report.lang, last, &[]));
    report.text.push('\n');
    let code = if report.problems == 0 { exit::OK } else { exit::FAILED };
    super::written(report.catalog, report.lang, super::print(&report.text), code)
}

/// The issuer a run would talk to; `None` for the built-in practice provider.
fn issuer_of(options: &Options) -> Option<String> {
    match (&options.issuer, options.provider) {
        (Some(issuer), _) => Some(issuer.clone()),
        (None, Some(p)) => p.issuer().map(str::to_string),
        (None, None) => None,
    }
}

/// The set-up a run checks before any network (client id, redirect address
/// under the platform's rules, the secret), then the secret's source and
/// the redirect address on their own lines.
fn set_up(report: &mut Report, options: &Options, environment: &Environment) {
    match setup::target(options, environment) {
        Ok(_) => report.line(Verdict::Ok, "cli2-check-setup-ok", &[]),
        Err(e) => report.error(&e),
    }
    secret(report, environment);
    let franceconnect = options
        .rules
        .unwrap_or(if options.issuer.is_some() && options.provider.is_none() {
            Rules::Oidc
        } else {
            Rules::FranceConnect
        })
        == Rules::FranceConnect;
    // A wrong or missing address under the platform's rules is the set-up line's problem.
    match options.redirect_uri.as_deref().map(config::check_redirect_uri) {
        Some(Ok(u)) => report.line(
            Verdict::Ok,
            "cli2-check-redirect-ok",
            &[("word", Arg::Str(&debug::endpoint(u.as_str())))],
        ),
        None if !franceconnect => report.line(Verdict::Ok, "cli2-check-redirect-free", &[]),
        _ => {}
    }
}

/// Where the secret comes from, and whether its file is closed to others.
fn secret(report: &mut Report, environment: &Environment) {
    if environment.client_secret.is_some() {
        return report.line(Verdict::Ok, "cli2-check-secret-env", &[]);
    }
    let Some(path) = environment.secret_file() else {
        return report.line(Verdict::Warning, "cli2-check-secret-none", &[("file", Arg::Str(""))]);
    };
    let file = path.display().to_string();
    // A file that cannot be used is the set-up line's problem, told with what to do.
    match config::load_secret(None, Some(&path)) {
        Ok(Some(_)) => report.line(Verdict::Ok, "cli2-check-secret-file", &[("file", Arg::Str(&file))]),
        Ok(None) => report.line(Verdict::Warning, "cli2-check-secret-none", &[("file", Arg::Str(&file))]),
        Err(_) => {}
    }
}

/// Proxy, TLS, clock and discovery: one request for the provider's
/// description, then the description read as a run reads it.
fn network(report: &mut Report, issuer: &str) {
    let loopback = url::Url::parse(issuer).is_ok_and(|u| config::is_loopback(&u));
    if loopback {
        report.line(Verdict::Ok, "cli2-check-loopback", &[]);
    } else {
        proxy(report);
    }
    if config::check_address(issuer).is_err() {
        // The set-up line said why (not https, not an address).
        return;
    }
    let agent = http::agent(issuer);
    let address = format!("{}/.well-known/openid-configuration", issuer.trim_end_matches('/'));
    debug::note(format_args!("check: GET {}", debug::endpoint(&address)));
    let answer = agent.get(&address).call();
    let response = match answer {
        Ok(r) => r,
        Err(e) => {
            debug::note(format_args!("check: no answer: {}", http::error_kind(&e)));
            // The run's own explanation: name, refusal, certificate, proxy or time.
            return report.error(&http::failure(&agent, &address, &e));
        }
    };
    debug::note(format_args!("check: status {}", response.status().as_u16()));
    if !loopback {
        let store = http::certificate_store();
        report.line(Verdict::Ok, "cli2-check-tls-ok", &[("word", Arg::Str(store))]);
        clock(report, response.headers().get("date").and_then(|v| v.to_str().ok()));
    }
    drop(response);
    match discovery::discover(&agent, issuer) {
        Ok(_) => report.line(Verdict::Ok, "cli2-check-discovery-ok", &[]),
        Err(e) => {
            debug::note(format_args!("check: discovery refused: {}", e.id()));
            report.error(&e)
        }
    }
}

/// The proxy a run would go through, by host and port only (its address may
/// carry a password).
fn proxy(report: &mut Report) {
    match ureq::Proxy::try_from_env() {
        None => report.line(Verdict::Ok, "cli2-check-proxy-none", &[]),
        Some(p) => {
            let shown = format!("{}:{}", p.host(), p.port());
            debug::note(format_args!("check: proxy {shown} ({:?})", p.protocol()));
            if matches!(p.protocol(), ureq::ProxyProtocol::Http | ureq::ProxyProtocol::Https) {
                report.line(Verdict::Ok, "cli2-check-proxy", &[("word", Arg::Str(&shown))]);
            } else {
                report.line(
                    Verdict::Warning,
                    "cli2-check-proxy-socks",
                    &[("word", Arg::Str(&shown))],
                );
            }
        }
    }
}

/// This computer's clock against the provider's `Date` header.
fn clock(report: &mut Report, date: Option<&str>) {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs() as i64;
    let Some(theirs) = date.and_then(parse_http_date) else {
        return report.line(Verdict::Warning, "cli2-check-clock-unknown", &[]);
    };
    let offset = now - theirs;
    debug::note(format_args!("check: clock offset {offset} s"));
    let args = [("seconds", Arg::Num(offset))];
    if offset.abs() <= CLOCK_TOLERANCE_SECS {
        report.line(Verdict::Ok, "cli2-check-clock-ok", &args);
    } else {
        report.line(Verdict::Problem, "cli2-check-clock-off", &args);
    }
}

/// An HTTP date (RFC 9110 IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`) as
/// seconds since 1970; `None` for anything else.
fn parse_http_date(text: &str) -> Option<i64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = words[..] else {
        return None;
    };
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month)? as i64
        + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [h, m, s] = hms[..] else { return None };
    if !(1..=31).contains(&day) || !(1970..=9999).contains(&year) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm), March-based years.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(catalog: &Catalog) -> Report<'_> {
        Report {
            catalog,
            lang: "en",
            problems: 0,
            text: String::new(),
        }
    }

    /// An HTTP date `offset` seconds from now.
    fn date(offset: i64) -> String {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64 + offset;
        let (days, secs) = (now.div_euclid(86_400), now.rem_euclid(86_400));
        // Civil date from days (Howard Hinnant's algorithm), as the header writes it.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let names = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        format!(
            "Mon, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
            names[month as usize - 1],
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    }

    #[test]
    fn the_clock_is_judged_against_the_providers_date() {
        let catalog = Catalog::load();
        let mut r = report(&catalog);
        clock(&mut r, Some(&date(-2)));
        assert_eq!(r.problems, 0, "{}", r.text);
        assert!(r.text.starts_with("OK: "), "{}", r.text);
        let mut r = report(&catalog);
        clock(&mut r, Some(&date(-600)));
        assert_eq!(r.problems, 1, "{}", r.text);
        assert!(r.text.contains("600 s away"), "{}", r.text);
        let mut r = report(&catalog);
        clock(&mut r, None);
        assert_eq!((r.problems, r.text.starts_with("Warning: ")), (0, true), "{}", r.text);
    }

    #[test]
    fn http_dates_are_read_and_nonsense_is_not() {
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(parse_http_date("Sun, 06 Dec 2026 02:30:00 GMT"), Some(1_796_524_200));
        for bad in [
            "",
            "Sun, 06 Nov 1994 08:49:37 CET",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "x x x x x GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }
}
