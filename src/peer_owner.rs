//! Whose program is at the other end of a loopback connection: the person's
//! own user, or another user of the same computer (a shared computer at a
//! social service, a terminal server). The callback listener lets another
//! user's unfinished connections give way first.
//!
//! On Linux the kernel is asked about the one peer socket (sock_diag over
//! netlink, as `ss` does): exact and cheap, so it is asked afresh for every
//! newcomer. A table read of `/proc/net/tcp` was tried first; it is slow
//! under a flood (thousands of closed sockets in it) and, read at most every
//! 100 ms, it did not know the newest sockets, so a flood's newcomer could
//! pass for the person's own and push the person's browser out. No netlink
//! crate is taken for one request and one field of the answer.

use std::net::TcpStream;

/// Whether the program at the other end of `stream` (a connection this
/// process accepted on a loopback address) runs as another user. `None`
/// when the system cannot tell.
pub fn is_other_user(stream: &TcpStream) -> Option<bool> {
    let uid = peer_uid(stream)?;
    Some(uid != own_uid()?)
}

#[cfg(unix)]
fn own_uid() -> Option<u32> {
    // SAFETY: geteuid has no failure and touches no memory.
    Some(unsafe { libc::geteuid() })
}

/// No user ids to compare elsewhere (Windows): the system cannot tell.
#[cfg(not(unix))]
fn own_uid() -> Option<u32> {
    None
}

#[cfg(target_os = "linux")]
fn peer_uid(stream: &TcpStream) -> Option<u32> {
    use std::net::SocketAddr;
    // The peer's socket, as the peer sees it: its own address is our peer
    // address, and the far end is our local address.
    let (theirs, ours) = (stream.peer_addr().ok()?, stream.local_addr().ok()?);
    let mut id = [0u8; 48];
    id[0..2].copy_from_slice(&theirs.port().to_be_bytes());
    id[2..4].copy_from_slice(&ours.port().to_be_bytes());
    let family = match (theirs, ours) {
        (SocketAddr::V4(t), SocketAddr::V4(o)) => {
            id[4..8].copy_from_slice(&t.ip().octets());
            id[20..24].copy_from_slice(&o.ip().octets());
            libc::AF_INET
        }
        (SocketAddr::V6(t), SocketAddr::V6(o)) => {
            id[4..20].copy_from_slice(&t.ip().octets());
            id[20..36].copy_from_slice(&o.ip().octets());
            libc::AF_INET6
        }
        _ => return None,
    };
    // Interface 0 (any), then the cookie INET_DIAG_NOCOOKIE: no cookie check.
    id[40..48].fill(0xff);
    netlink::ask_uid(u8::try_from(family).ok()?, &id)
}

#[cfg(not(target_os = "linux"))]
fn peer_uid(_stream: &TcpStream) -> Option<u32> {
    None
}

#[cfg(target_os = "linux")]
mod netlink {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

    /// `SOCK_DIAG_BY_FAMILY` from linux/sock_diag.h.
    const SOCK_DIAG_BY_FAMILY: u16 = 20;
    /// Netlink header, then `inet_diag_req_v2`: family, protocol, extensions,
    /// padding, states (u32), then the 48-byte socket id.
    const REQUEST_LEN: usize = 16 + 8 + 48;
    /// In the answer (`nlmsghdr` then `inet_diag_msg`): family, state, timer,
    /// retransmits, the socket id, expires, receive and send queues, then uid.
    const UID_AT: usize = 16 + 4 + 48 + 12;

    /// Sends one exact-socket request and reads the owner's uid from the answer.
    pub fn ask_uid(family: u8, id: &[u8; 48]) -> Option<u32> {
        // SAFETY: socket has no memory arguments; the descriptor is owned at once.
        let fd = unsafe {
            libc::socket(
                libc::AF_NETLINK,
                libc::SOCK_DGRAM | libc::SOCK_CLOEXEC,
                libc::NETLINK_SOCK_DIAG,
            )
        };
        if fd < 0 {
            return None;
        }
        // SAFETY: fd is a fresh descriptor nobody else owns.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        let timeout = libc::timeval { tv_sec: 1, tv_usec: 0 };
        // SAFETY: the option's value is a timeval of the size given.
        unsafe {
            libc::setsockopt(
                fd.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_RCVTIMEO,
                (&raw const timeout).cast(),
                size_of::<libc::timeval>() as libc::socklen_t,
            );
        }
        let mut request = [0u8; REQUEST_LEN];
        request[0..4].copy_from_slice(&(REQUEST_LEN as u32).to_ne_bytes());
        request[4..6].copy_from_slice(&SOCK_DIAG_BY_FAMILY.to_ne_bytes());
        request[6..8].copy_from_slice(&(libc::NLM_F_REQUEST as u16).to_ne_bytes());
        request[16] = family;
        request[17] = libc::IPPROTO_TCP as u8;
        request[20..24].copy_from_slice(&u32::MAX.to_ne_bytes());
        request[24..].copy_from_slice(id);
        // SAFETY: sends `request.len()` bytes from `request` to the kernel (a
        // zeroed sockaddr_nl is the kernel's address).
        let sent = unsafe {
            let mut kernel: libc::sockaddr_nl = std::mem::zeroed();
            kernel.nl_family = libc::AF_NETLINK as libc::sa_family_t;
            libc::sendto(
                fd.as_raw_fd(),
                request.as_ptr().cast(),
                request.len(),
                0,
                (&raw const kernel).cast(),
                size_of::<libc::sockaddr_nl>() as libc::socklen_t,
            )
        };
        if usize::try_from(sent).ok()? != request.len() {
            return None;
        }
        let mut answer = [0u8; 512];
        // SAFETY: recv writes at most `answer.len()` bytes into `answer`.
        let got = unsafe { libc::recv(fd.as_raw_fd(), answer.as_mut_ptr().cast(), answer.len(), 0) };
        let got = usize::try_from(got).ok()?;
        let kind = u16::from_ne_bytes([answer[4], answer[5]]);
        // An NLMSG_ERROR (socket not found, refused) or a short answer tells nothing.
        if got < UID_AT + 4 || kind != SOCK_DIAG_BY_FAMILY {
            return None;
        }
        let uid = answer[UID_AT..UID_AT + 4].try_into().ok()?;
        Some(u32::from_ne_bytes(uid))
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn this_users_connection_is_this_users() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let _mine = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (accepted, _) = listener.accept().unwrap();
        assert_eq!(is_other_user(&accepted), Some(false));
        let listener = TcpListener::bind("[::1]:0");
        if let Ok(listener) = listener {
            let _mine = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
            let (accepted, _) = listener.accept().unwrap();
            assert_eq!(is_other_user(&accepted), Some(false));
        }
    }

    #[test]
    fn another_users_connection_is_recognised() {
        // SAFETY: geteuid has no failure and touches no memory.
        if unsafe { libc::geteuid() } != 0 || !std::path::Path::new("/usr/bin/python3").exists() {
            eprintln!("SKIPPED: needs root (to connect as another user) and /usr/bin/python3");
            return;
        }
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port().to_string();
        let script =
            "import socket,sys,time; s=socket.create_connection(('127.0.0.1',int(sys.argv[1]))); time.sleep(3)";
        let mut child = std::process::Command::new("setpriv")
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                "/usr/bin/python3",
                "-c",
                script,
                &port,
            ])
            .spawn()
            .unwrap();
        let (theirs, _) = listener.accept().unwrap();
        let verdict = is_other_user(&theirs);
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(verdict, Some(true), "another user's connection not seen");
    }
}
