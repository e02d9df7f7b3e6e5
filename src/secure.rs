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
