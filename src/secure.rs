//! Randomness and hashing shared by the relying party and the practice provider.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ring::rand::{SecureRandom, SystemRandom};

/// A URL-safe random string of `bytes` random bytes.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    SystemRandom::new().fill(&mut buf).expect("system random");
    B64.encode(buf)
}

/// PKCE S256: BASE64URL(SHA256(verifier)).
pub fn pkce_challenge(verifier: &str) -> String {
    B64.encode(ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes()))
}

/// BASE64URL of the first `len` bytes of SHA-256 (pairwise subjects, `at_hash`).
pub fn sha256_b64(data: &[u8], len: usize) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, data);
    B64.encode(&digest.as_ref()[..len.min(32)])
}

/// Keeps personal data out of core dumps: no core file, and (Linux) not
/// dumpable, which also keeps other processes of the same user from reading
/// this one's memory through ptrace or /proc.
pub fn harden_process() {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit with a valid, fully initialised struct.
        unsafe { libc::setrlimit(libc::RLIMIT_CORE, &none) };
    }
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_DUMPABLE, 0) takes no pointers.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

/// A secret kept between uses (the client secret, for a retry): held XORed
/// with a random mask, so that no copy of it in clear sits in memory between
/// two exchanges (a memory dump searched for it finds nothing). Revealed
/// only into a buffer wiped when dropped.
#[derive(Clone)]
pub struct Masked {
    mask: zeroize::Zeroizing<Vec<u8>>,
    masked: zeroize::Zeroizing<Vec<u8>>,
}

impl Masked {
    pub fn new(secret: &str) -> Masked {
        let mut mask = zeroize::Zeroizing::new(vec![0u8; secret.len()]);
        SystemRandom::new().fill(&mut mask).expect("system random");
        let masked = secret.bytes().zip(mask.iter()).map(|(s, m)| s ^ m).collect();
        Masked {
            mask,
            masked: zeroize::Zeroizing::new(masked),
        }
    }

    /// The secret in clear, for one use.
    pub fn reveal(&self) -> zeroize::Zeroizing<String> {
        let bytes: Vec<u8> = self.masked.iter().zip(self.mask.iter()).map(|(s, m)| s ^ m).collect();
        // Made from a `&str`: always text; an impossible failure reveals nothing.
        zeroize::Zeroizing::new(String::from_utf8(bytes).unwrap_or_default())
    }
}

impl std::fmt::Debug for Masked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Masked(..)")
    }
}

/// Wipes a variable's value where the process received it (the environment
/// block at the top of the main stack, which removing the variable leaves in
/// place): the secret then lives only where this program put it.
/// Call before any thread starts, before the variable is removed.
pub fn wipe_env_value(name: &str) {
    #[cfg(unix)]
    {
        let Ok(name) = std::ffi::CString::new(name) else {
            return;
        };
        // SAFETY: no other thread exists (see above); getenv returns the
        // value inside the environment block, writable, NUL-terminated; it
        // is overwritten in place, within its length.
        unsafe {
            let value = libc::getenv(name.as_ptr());
            if !value.is_null() {
                let len = libc::strlen(value);
                std::ptr::write_bytes(value, 0, len);
            }
        }
    }
    #[cfg(not(unix))]
    let _ = name;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_secret_is_not_in_clear_and_comes_back_whole() {
        let m = Masked::new("le-secret-du-service");
        assert_ne!(m.masked.as_slice(), b"le-secret-du-service");
        assert_eq!(m.reveal().as_str(), "le-secret-du-service");
        assert_eq!(format!("{m:?}"), "Masked(..)");
    }
}
