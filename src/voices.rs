//! Which languages the machine can say: the voices of espeak-ng and of
//! speech-dispatcher, looked up once, off the screen's thread (a stalled
//! speech daemon must never hold the first screen back).

use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// Languages a speech program has a voice for, filled in by a background
/// look-up; `None` before one was started. Nothing is marked as missing
/// until it answers.
#[derive(Clone, Debug, Default)]
pub struct Voices(Option<Arc<OnceLock<Vec<String>>>>);

impl Voices {
    /// Starts the look-up on its own thread: espeak-ng's and speech-dispatcher's
    /// voices together, since either may be the one that speaks.
    pub fn look_up() -> Voices {
        let slot = Arc::new(OnceLock::new());
        let voices = Voices(Some(slot.clone()));
        std::thread::spawn(move || {
            let mut all = listed("espeak-ng", &["--voices"], espeak_languages).unwrap_or_default();
            all.extend(listed("spd-say", &["-L"], spd_languages).unwrap_or_default());
            let _ = slot.set(all);
        });
        voices
    }

    /// A list known in advance (tests).
    pub fn known(list: Vec<String>) -> Voices {
        Voices(Some(Arc::new(OnceLock::from(list))))
    }

    /// No look-up was started yet.
    pub fn is_unknown(&self) -> bool {
        self.0.is_none()
    }

    /// Whether `tag` is known to have no voice: false while the look-up runs,
    /// and when neither program answered (nothing is marked then).
    pub fn lacks(&self, tag: &str) -> bool {
        let known = self.0.as_ref().and_then(|v| v.get());
        known.is_some_and(|v| !v.is_empty() && !has_voice(v, tag))
    }
}

/// The output of `program args`, read as languages; `None` when the program
/// is missing or does not answer within two seconds (it is then killed).
fn listed(program: &str, args: &[&str], read: fn(&str) -> Vec<String>) -> Option<Vec<String>> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = Instant::now() + Duration::from_secs(2);
    while child.try_wait().ok()?.is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    use std::io::Read;
    // A voice list is a few kilobytes: more is not a voice list.
    child.stdout.take()?.take(256 * 1024).read_to_string(&mut out).ok()?;
    Some(read(&out))
}

/// `espeak-ng --voices`: the language is the second column, after a header row.
fn espeak_languages(out: &str) -> Vec<String> {
    out.lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().nth(1))
        .map(str::to_lowercase)
        .collect()
}

/// `spd-say -L`: "NAME LANGUAGE VARIANT" after a header row; a name may hold
/// spaces, so the language is the last column but one.
fn spd_languages(out: &str) -> Vec<String> {
    out.lines()
        .skip(1)
        .filter_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            (words.len() >= 3).then(|| words[words.len() - 2].to_lowercase())
        })
        .collect()
}

/// The voice name a speech program takes for a locale tag: the primary
/// language subtag (`fa-AF` → `fa`), Kurmanji under espeak-ng's `ku`, and
/// written Chinese (`zh-Hans`) read in Mandarin, espeak-ng's `cmn` (its `zh`
/// is only an alias that `--voices` never lists, and Cantonese shares it).
pub fn voice_for(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag).to_lowercase();
    match primary.as_str() {
        "kmr" => "ku".into(),
        "zh" => "cmn".into(),
        _ => primary,
    }
}

/// Whether `voices` can say `tag`.
pub fn has_voice(voices: &[String], tag: &str) -> bool {
    let want = voice_for(tag);
    voices
        .iter()
        .any(|v| *v == want || v.split(['-', '_']).next() == Some(want.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_follow_the_primary_subtag() {
        assert_eq!(voice_for("fa-AF"), "fa");
        assert_eq!(voice_for("ff-Latn"), "ff");
        assert_eq!(voice_for("kmr"), "ku");
        assert_eq!(voice_for("zh-Hans"), "cmn");
        assert_eq!(voice_for("ta"), "ta");
        let voices = vec![
            "uk".to_string(),
            "fr-fr".to_string(),
            "en-gb".to_string(),
            "ku".to_string(),
        ];
        assert!(has_voice(&voices, "uk"));
        assert!(has_voice(&voices, "fr"));
        assert!(has_voice(&voices, "en"));
        assert!(has_voice(&voices, "kmr"));
        assert!(!has_voice(&voices, "ti"));
    }

    #[test]
    fn both_lists_are_read() {
        let espeak = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n 5  af              --/M      Afrikaans          gmw/af\n 5  ku              --/M      Kurdish            ira/ku\n";
        assert_eq!(espeak_languages(espeak), ["af", "ku"]);
        let spd = "         NAME    LANGUAGE     VARIANT\n     Tigrinya voice    ti     none\n        Lingala   ln_CD    none\n";
        assert_eq!(spd_languages(spd), ["ti", "ln_cd"]);
        assert!(has_voice(&spd_languages(spd), "ln"));
    }

    /// Every shipped language's voice name is one espeak-ng lists, when it is
    /// installed (Tigrinya, Lingala, Pular, Haitian and Somali it has not).
    #[test]
    fn espeak_ng_has_the_voices_of_tamil_and_chinese() {
        let Some(voices) = listed("espeak-ng", &["--voices"], espeak_languages) else {
            println!("SKIPPED: espeak-ng is not installed");
            return;
        };
        for tag in ["ta", "zh-Hans", "bn", "uk", "kmr"] {
            assert!(has_voice(&voices, tag), "{tag} → {}", voice_for(tag));
        }
    }

    #[test]
    fn nothing_is_marked_before_the_look_up_answers() {
        assert!(!Voices::default().lacks("ti"));
        assert!(!Voices::known(vec![]).lacks("ti"));
        assert!(Voices::known(vec!["uk".into()]).lacks("ti"));
    }
}
