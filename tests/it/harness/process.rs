//! The one way the tests run a process: [`Cmd`] builds it with a hermetic environment
//! (PATH, an empty HOME, the C locale and, when pointed at a cluster, its CEPH_CONF;
//! nothing else: no CEPH_ARGS, RUST_LOG, NO_COLOR, RBDCTL_*), and either runs it to the
//! end with a deadline ([`Cmd::output`]) or starts it in the background ([`Proc`]) for
//! tests that feed its stdin, signal it, kill it or read its output while it runs.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a process may run before [`Cmd::output`] kills it and fails the test.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(180);

/// The rbdctl binary under test.
pub fn rbdctl_path() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_rbdctl"))
}

/// An empty HOME for every child process, so no ~/.config/rbdctl/config.toml applies.
/// Shared by every test (not removed and recreated: another copy of the suite built
/// in the same target dir may be using it); only its .config is cleared, once.
pub fn test_home() -> &'static Path {
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    HOME.get_or_init(|| {
        let home = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rbdctl-test-home");
        std::fs::create_dir_all(&home).expect("create the test HOME");
        let _ = std::fs::remove_dir_all(home.join(".config"));
        home
    })
}

/// A hermetic command (see the module comment), with the data for its stdin and a
/// deadline. Build it like `std::process::Command` (`arg`, `args`, `env`).
pub struct Cmd {
    cmd: Command,
    program: String,
    stdin: Option<Vec<u8>>,
    deadline: Duration,
}

impl Cmd {
    pub fn new(program: impl AsRef<OsStr>) -> Cmd {
        let mut cmd = Command::new(program.as_ref());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into()))
            .env("HOME", test_home())
            .env("LC_ALL", "C");
        Cmd { cmd, program: program.as_ref().to_string_lossy().into_owned(), stdin: None, deadline: DEFAULT_DEADLINE }
    }

    /// rbdctl, pointed at no cluster (see [`crate::harness::Cluster::rbdctl`]).
    pub fn rbdctl() -> Cmd {
        Cmd::new(rbdctl_path())
    }

    /// Point it at a cluster: `CEPH_CONF=conf`.
    pub fn conf(&mut self, conf: &Path) -> &mut Cmd {
        self.cmd.env("CEPH_CONF", conf);
        self
    }

    pub fn arg(&mut self, arg: impl AsRef<OsStr>) -> &mut Cmd {
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(&mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> &mut Cmd {
        self.cmd.env(key, value);
        self
    }

    /// These bytes on stdin (for [`Cmd::output`]); otherwise stdin is /dev/null.
    pub fn write_stdin(&mut self, data: impl Into<Vec<u8>>) -> &mut Cmd {
        self.stdin = Some(data.into());
        self
    }

    /// How long [`Cmd::output`] lets it run (default 180 s).
    pub fn deadline(&mut self, limit: Duration) -> &mut Cmd {
        self.deadline = limit;
        self
    }

    /// Run it to the end; its output whatever the exit status. Past the deadline it is
    /// SIGKILLed and the test fails.
    pub fn output(&mut self) -> Output {
        let data = self.stdin.clone();
        let mut p = self.spawn(if data.is_some() { Stdio::piped() } else { Stdio::null() });
        let feeder = data.map(|d| {
            let mut stdin = p.take_stdin();
            // Stops quietly if the process exits without reading it all.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&d);
            })
        });
        let out = p.wait(self.deadline);
        if let Some(f) = feeder {
            let _ = f.join();
        }
        out
    }

    /// Start it in the background; stdout and stderr are collected as it runs.
    pub fn spawn(&mut self, stdin: Stdio) -> Proc {
        let mut p = self.spawn_raw(stdin);
        let out = p.child.stdout.take().expect("stdout piped");
        p.readers.push(collect(out, p.out.clone()));
        p
    }

    /// As [`Cmd::spawn`], but stdout is left for the caller ([`Proc::take_stdout`]).
    pub fn spawn_raw(&mut self, stdin: Stdio) -> Proc {
        self.cmd.stdin(stdin).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child =
            self.cmd.spawn().unwrap_or_else(|e| panic!("cannot run {}: {e} (run scripts/deps)", self.program));
        let err = Arc::new(Mutex::new(vec![]));
        let readers = vec![collect(child.stderr.take().expect("stderr piped"), err.clone())];
        Proc {
            child,
            program: self.program.clone(),
            started: Instant::now(),
            out: Arc::new(Mutex::new(vec![])),
            err,
            readers,
        }
    }

    /// Run a program that daemonises (its daemon would hold a pipe open forever): stdout
    /// and stderr appended to `log`; the exit status of the foreground part.
    pub fn status_logged(&mut self, log: &Path) -> ExitStatus {
        let f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .unwrap_or_else(|e| panic!("open {}: {e}", log.display()));
        self.cmd
            .stdin(Stdio::null())
            .stdout(f.try_clone().expect("dup log fd"))
            .stderr(f)
            .status()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", self.program))
    }
}

/// A process started by [`Cmd::spawn`], whose stdout/stderr are collected by threads so
/// the test can poll them while it runs. SIGKILLed on drop if still running.
pub struct Proc {
    pub child: Child,
    program: String,
    started: Instant,
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
    readers: Vec<JoinHandle<()>>,
}

fn collect(mut r: impl Read + Send + 'static, into: Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => return,
                Ok(n) => into.lock().unwrap().extend_from_slice(&buf[..n]),
            }
        }
    })
}

impl Proc {
    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: plain kill(2) on our own child's pid; it has not been reaped (we hold it).
        let r = unsafe { libc::kill(self.pid(), sig) };
        assert_eq!(r, 0, "kill({}, {sig}) failed", self.pid());
    }

    pub fn running(&mut self) -> bool {
        self.child.try_wait().expect("try_wait").is_none()
    }

    pub fn stdout_now(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap()).into_owned()
    }

    pub fn stderr_now(&self) -> String {
        String::from_utf8_lossy(&self.err.lock().unwrap()).into_owned()
    }

    pub fn take_stdin(&mut self) -> ChildStdin {
        self.child.stdin.take().expect("stdin piped")
    }

    /// stdout of a [`Cmd::spawn_raw`] process.
    pub fn take_stdout(&mut self) -> ChildStdout {
        self.child.stdout.take().expect("stdout piped and not collected")
    }

    /// Wait for the exit, SIGKILLing it (and failing) past `limit`.
    pub fn wait(mut self, limit: Duration) -> Output {
        let end = Instant::now() + limit;
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                break s;
            }
            if Instant::now() >= end {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "{} (pid {}) still running after {limit:?}; killed. stderr so far:\n{}",
                    self.program,
                    self.pid(),
                    self.stderr_now()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let stdout = std::mem::take(&mut *self.out.lock().unwrap());
        let stderr = std::mem::take(&mut *self.err.lock().unwrap());
        Output { status, stdout, stderr }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Write `data` to `stdin` in `chunk`-byte pieces, sleeping `pause` after each: a slow
/// pipe. Stops quietly when the reader goes away. Closes stdin at the end.
pub fn feed_slowly(stdin: ChildStdin, data: Arc<Vec<u8>>, chunk: usize, pause: Duration) -> JoinHandle<usize> {
    feed_counted(stdin, data, chunk, pause, Arc::new(AtomicUsize::new(0)))
}

/// As [`feed_slowly`], counting the bytes sent in `sent`.
pub fn feed_counted(
    mut stdin: ChildStdin,
    data: Arc<Vec<u8>>,
    chunk: usize,
    pause: Duration,
    sent: Arc<AtomicUsize>,
) -> JoinHandle<usize> {
    std::thread::spawn(move || {
        for piece in data.chunks(chunk) {
            if stdin.write_all(piece).is_err() {
                break;
            }
            sent.fetch_add(piece.len(), Ordering::SeqCst);
            std::thread::sleep(pause);
        }
        sent.load(Ordering::SeqCst)
    })
}
