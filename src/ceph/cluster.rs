//! The cluster connection and pool contexts (librados).
//!
//! `ceph::ceph::connect_to_ceph` can't set options before connecting, so the connection
//! is built from the crate's raw `ceph::rados` functions: create2 → read the conf file →
//! CEPH_ARGS → our options (keyring, timeouts) → connect. That order is what makes
//! `--id`, `--keyring`, `CEPH_ARGS` and `--connect-timeout` behave as in Ceph's tools.

use super::error::{check, errno_error};
use crate::error::{Error, Result};
use ceph::rados::{self, rados_ioctx_t, rados_t};
use std::ffi::{CStr, CString};
use std::marker::PhantomData;
use std::path::PathBuf;
use std::ptr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Everything librados needs before `rados_connect`.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// ceph.conf; `None` lets librados search ($CEPH_CONF, /etc/ceph/$cluster.conf, ~/.ceph/config, ./ceph.conf).
    pub conf: Option<PathBuf>,
    /// Client id without the `client.` prefix (`admin`, `glance`, `cinder`).
    pub id: Option<String>,
    pub keyring: Option<PathBuf>,
    /// Cluster name (`ceph`), used for the default conf and keyring paths.
    pub cluster: Option<String>,
    /// Bounds the whole connect, retries included, and every monitor command.
    pub connect_timeout: Duration,
    /// librados' `rados_osd_op_timeout`: an OSD op that can't finish in time fails
    /// with ETIMEDOUT instead of blocking (a full pool or a paused cluster).
    pub op_timeout: Duration,
    /// Cinder's `rados_connection_retries` / `rados_connection_interval`.
    pub retries: u32,
    pub retry_interval: Duration,
    /// Extra `key = value` options, applied last (e.g. from a Glance/Cinder config).
    pub extra: Vec<(String, String)>,
    /// Keep what librados writes straight to stderr while connecting, for
    /// [`take_librados_messages`] (JSON mode: stderr must carry JSON lines only).
    pub capture_stderr: bool,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            conf: None,
            id: None,
            keyring: None,
            cluster: None,
            connect_timeout: Duration::from_secs(30),
            op_timeout: Duration::from_secs(60),
            retries: 3,
            retry_interval: Duration::from_secs(5),
            extra: vec![],
            capture_stderr: false,
        }
    }
}

/// A connected cluster handle. Shut down on drop.
pub struct Cluster {
    raw: rados_t,
    client: String,
}

// SAFETY: librados cluster handles are thread-safe (librados.h: "thread-safe"), and we
// never hand out the raw pointer mutably.
unsafe impl Send for Cluster {}
unsafe impl Sync for Cluster {}

impl Drop for Cluster {
    fn drop(&mut self) {
        // SAFETY: raw came from rados_create2 and is shut down exactly once.
        unsafe { rados::rados_shutdown(self.raw) };
    }
}

/// What librados wrote to stderr during captured connects, line by line.
static LIBRADOS_SAID: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The lines librados wrote to stderr while connecting with `capture_stderr`, taken
/// once. Some of its errors go straight to `std::cerr`, whatever the log settings
/// ("unable to get monitor info from DNS SRV…" when no monitor is configured).
pub fn take_librados_messages() -> Vec<String> {
    std::mem::take(&mut *LIBRADOS_SAID.lock().unwrap_or_else(|e| e.into_inner()))
}

/// Run `f` with fd 2 pointed at an unnamed temporary file, and keep what was written
/// there for [`take_librados_messages`]. Connecting happens before any progress bar or
/// worker thread exists, so only librados writes to stderr meanwhile. If the file or
/// the descriptors can't be had, `f` runs with stderr as it is.
fn capturing_stderr(f: impl FnOnce() -> libc::c_int) -> libc::c_int {
    use std::io::{Read, Seek};
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::AsRawFd;
    let Ok(mut file) =
        std::fs::OpenOptions::new().read(true).write(true).custom_flags(libc::O_TMPFILE).open(std::env::temp_dir())
    else {
        return f();
    };
    // SAFETY: dup of the process's stderr; checked below, closed after restoring it.
    let saved = unsafe { libc::dup(2) };
    // SAFETY: both descriptors are open; dup2 atomically replaces fd 2.
    if saved < 0 || unsafe { libc::dup2(file.as_raw_fd(), 2) } < 0 {
        if saved >= 0 {
            // SAFETY: ours, from dup above.
            unsafe { libc::close(saved) };
        }
        return f();
    }
    let ret = f();
    // SAFETY: `saved` is the original stderr, put back and then closed once.
    unsafe {
        libc::dup2(saved, 2);
        libc::close(saved);
    }
    let mut text = String::new();
    if file.rewind().is_ok() && file.read_to_string(&mut text).is_ok() {
        let lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from);
        LIBRADOS_SAID.lock().unwrap_or_else(|e| e.into_inner()).extend(lines);
    }
    ret
}

fn cstr(s: &str, what: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::invalid(format!("{what} {s:?} contains a NUL byte")))
}

impl Cluster {
    /// Connect, retrying quick failures within `connect_timeout`; an unreachable
    /// monitor is one attempt that librados itself bounds by `client_mount_timeout`.
    pub fn connect(opts: &ConnectOptions) -> Result<Cluster> {
        let deadline = Instant::now() + opts.connect_timeout;
        let mut attempt = 0;
        loop {
            let remaining = deadline.saturating_duration_since(Instant::now());
            match Self::connect_once(opts, remaining.max(Duration::from_secs(1))) {
                Ok(c) => return Ok(c),
                Err(e) => {
                    attempt += 1;
                    let retryable = matches!(e, Error::Ceph { .. } | Error::Busy { .. });
                    let next = Instant::now() + opts.retry_interval;
                    if !retryable || attempt > opts.retries || next >= deadline {
                        return Err(e);
                    }
                    std::thread::sleep(opts.retry_interval);
                }
            }
        }
    }

    fn connect_once(opts: &ConnectOptions, timeout: Duration) -> Result<Cluster> {
        let id = opts.id.clone().unwrap_or_else(|| "admin".to_string());
        let client = if id.starts_with("client.") { id.clone() } else { format!("client.{id}") };
        let cluster_name = cstr(opts.cluster.as_deref().unwrap_or("ceph"), "cluster name")?;
        let client_c = cstr(&client, "client name")?;
        let mut raw: rados_t = ptr::null_mut();
        // SAFETY: out-pointer to a local; names are valid C strings for the call.
        let ret = unsafe { rados::rados_create2(&mut raw, cluster_name.as_ptr(), client_c.as_ptr(), 0) };
        check(ret, || format!("creating the librados handle for {client}"))?;
        let cluster = Cluster { raw, client: client.clone() };

        match &opts.conf {
            Some(path) => {
                let p = cstr(&path.to_string_lossy(), "conf path")?;
                // SAFETY: valid handle and C string.
                let ret = unsafe { rados::rados_conf_read_file(cluster.raw, p.as_ptr()) };
                if ret < 0 {
                    let shown = path.display();
                    return Err(match -ret {
                        // A local file: missing is the operator's input (exit 2), unreadable
                        // is the file's mode, not the client's caps.
                        libc::ENOENT => Error::invalid(format!(
                            "ceph config file {shown} not found (pass -c/--conf or set CEPH_CONF)"
                        )),
                        libc::EACCES | libc::EPERM => Error::io(
                            format!("ceph config file {shown}"),
                            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
                        ),
                        _ => Error::invalid(format!(
                            "ceph config file {shown} does not parse (fix it, or pass another with -c)"
                        )),
                    });
                }
            }
            None => {
                // SAFETY: NULL asks librados for its default search path; a missing file is
                // not an error here because CEPH_ARGS may carry mon_host.
                let _ = unsafe { rados::rados_conf_read_file(cluster.raw, ptr::null()) };
            }
        }
        // SAFETY: NULL means the CEPH_ARGS variable, as Ceph's own tools read it.
        let ret = unsafe { rados::rados_conf_parse_env(cluster.raw, ptr::null()) };
        // Before connecting, a failure is the local configuration's, never worth a retry:
        // say so as invalid input (errno_error would call EINVAL Ceph's, and retryable).
        if ret < 0 {
            return Err(Error::invalid(format!(
                "CEPH_ARGS does not parse: {} (fix or unset CEPH_ARGS)",
                crate::error::errno_text(-ret)
            )));
        }

        if let Some(k) = &opts.keyring {
            cluster.conf_set("keyring", &k.to_string_lossy())?;
        }
        let secs = (timeout.as_secs_f64().ceil() as u64).max(1).to_string();
        cluster.conf_set("client_mount_timeout", &secs)?;
        cluster.conf_set("rados_mon_op_timeout", &secs)?;
        cluster.conf_set("rados_osd_op_timeout", &opts.op_timeout.as_secs().max(1).to_string())?;
        for (k, v) in &opts.extra {
            cluster.conf_set(k, v)?;
        }

        // SAFETY: valid, configured, not yet connected handle.
        let connect = || unsafe { rados::rados_connect(cluster.raw) };
        let ret = if opts.capture_stderr { capturing_stderr(connect) } else { connect() };
        if ret < 0 {
            let mon_host = cluster.conf_get("mon_host").unwrap_or_default();
            if mon_host.is_empty() {
                return Err(Error::invalid(
                    "no monitor address (mon_host) configured: pass -c/--conf with the cluster's ceph.conf, \
                     or set CEPH_CONF",
                ));
            }
            let target = if mon_host.is_empty() {
                "the cluster (no mon_host configured)".to_string()
            } else {
                format!("the cluster at {mon_host}")
            };
            return Err(match -ret {
                libc::ETIMEDOUT | libc::ECONNREFUSED | libc::EHOSTUNREACH | libc::ENOTCONN | libc::EINTR => {
                    Error::Timeout {
                        what: format!("connecting to {target} as {client}"),
                        seconds: timeout.as_secs_f64().ceil() as u64,
                        hint: Some(
                            "is a monitor running there? check mon_host in the ceph.conf, or raise --connect-timeout"
                                .to_string(),
                        ),
                    }
                }
                libc::EACCES | libc::EPERM | libc::ENOENT => {
                    Error::AuthFailed { what: format!("{client} at {target}") }
                }
                // librados decodes the key before it talks to anyone: EINVAL here is a
                // malformed key the operator gave (keyring, CEPH_ARGS --key), never the
                // cluster's answer, so it is invalid input and not retried.
                libc::EINVAL => Error::InvalidInput(format!(
                    "connecting to {target} as {client}: the cephx key is malformed; \
                     check the keyring (--keyring) or the key given in CEPH_ARGS"
                )),
                errno => errno_error(errno, format!("connecting to {target} as {client}")),
            });
        }
        // rados_connect can return before the monitor map has arrived: until then the
        // fsid reads as zeros and monitor commands fail with EPERM "wrong fsid" (seen in
        // 5-28 % of runs here). Waiting for the latest osdmap means the maps are in.
        // SAFETY: valid, connected handle; bounded by rados_mon_op_timeout set above.
        let ret = unsafe { rados::rados_wait_for_latest_osdmap(cluster.raw) };
        check(ret, || format!("waiting for the cluster maps as {client}"))?;
        let deadline = std::time::Instant::now() + timeout;
        while cluster.fsid()?.bytes().all(|b| b == b'0' || b == b'-') {
            if std::time::Instant::now() >= deadline {
                return Err(Error::Timeout {
                    what: format!("waiting for the monitor map as {client}"),
                    seconds: timeout.as_secs(),
                    hint: None,
                });
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(cluster)
    }

    fn conf_set(&self, key: &str, value: &str) -> Result<()> {
        let (k, v) = (cstr(key, "option")?, cstr(value, "option value")?);
        // SAFETY: valid handle and C strings.
        let ret = unsafe { rados::rados_conf_set(self.raw, k.as_ptr(), v.as_ptr()) };
        if ret < 0 {
            // Only before connecting, and from settings rbdctl validated: a value librados
            // refuses is a configuration error (not retried, exit 2), not Ceph's answer.
            return Err(Error::invalid(format!(
                "ceph option {key} = {value:?} was refused: {}",
                crate::error::errno_text(-ret)
            )));
        }
        Ok(())
    }

    pub fn conf_get(&self, key: &str) -> Result<String> {
        let k = cstr(key, "option")?;
        let mut buf = vec![0u8; 4096];
        // SAFETY: buffer length passed with the buffer; librados NUL-terminates.
        let ret = unsafe { rados::rados_conf_get(self.raw, k.as_ptr(), buf.as_mut_ptr() as *mut _, buf.len()) };
        check(ret, || format!("reading ceph option {key}"))?;
        Ok(CStr::from_bytes_until_nul(&buf).map(|c| c.to_string_lossy().into_owned()).unwrap_or_default())
    }

    pub(super) fn raw(&self) -> rados_t {
        self.raw
    }

    /// This client's global id, as watchers report it (`client.<id>`).
    pub fn instance_id(&self) -> u64 {
        // SAFETY: valid, connected handle.
        unsafe { rados::rados_get_instance_id(self.raw) }
    }

    /// The client name this connection authenticated as (`client.admin`).
    pub fn client(&self) -> &str {
        &self.client
    }

    pub fn fsid(&self) -> Result<String> {
        let mut buf = [0u8; 64];
        // SAFETY: buffer length passed with the buffer.
        let ret = unsafe { rados::rados_cluster_fsid(self.raw, buf.as_mut_ptr() as *mut _, buf.len()) };
        let n = check(ret, || "reading the cluster fsid".to_string())? as usize;
        Ok(String::from_utf8_lossy(&buf[..n.min(buf.len())]).trim_end_matches('\0').to_string())
    }

    /// Send one monitor command (a JSON object) and return its output buffer.
    pub fn mon_command(&self, cmd: &serde_json::Value) -> Result<Vec<u8>> {
        let text = cmd.to_string();
        let prefix = cmd.get("prefix").and_then(|p| p.as_str()).unwrap_or("?").to_string();
        let c = cstr(&text, "command")?;
        let mut cmds = [c.as_ptr()];
        let (mut outbuf, mut outbuflen, mut outs, mut outslen) = (ptr::null_mut(), 0usize, ptr::null_mut(), 0usize);
        // SAFETY: one valid C string in the command array; out-pointers to locals; the
        // returned buffers are freed with rados_buffer_free below.
        let ret = unsafe {
            rados::rados_mon_command(
                self.raw,
                cmds.as_mut_ptr(),
                1,
                ptr::null(),
                0,
                &mut outbuf,
                &mut outbuflen,
                &mut outs,
                &mut outslen,
            )
        };
        let take = |p: *mut libc::c_char, n: usize| -> Vec<u8> {
            if p.is_null() {
                return vec![];
            }
            // SAFETY: librados returned p with n bytes; we copy then free it once.
            let v = unsafe { std::slice::from_raw_parts(p as *const u8, n).to_vec() };
            unsafe { rados::rados_buffer_free(p) };
            v
        };
        let out = take(outbuf, outbuflen);
        let status = String::from_utf8_lossy(&take(outs, outslen)).trim().to_string();
        if ret < 0 {
            let what = if status.is_empty() {
                format!("monitor command '{prefix}'")
            } else {
                format!("monitor command '{prefix}' ({status})")
            };
            return Err(errno_error(-ret, what));
        }
        Ok(out)
    }

    /// A JSON monitor command's parsed output.
    pub fn mon_command_json(&self, cmd: serde_json::Value) -> Result<serde_json::Value> {
        let out = self.mon_command(&cmd)?;
        serde_json::from_slice(&out).map_err(|e| Error::Protocol {
            what: format!("the monitor's answer to {} is not JSON ({e})", cmd["prefix"]),
        })
    }

    pub fn pool(&self, name: &str) -> Result<Pool<'_>> {
        open_pool(self.raw, name)
    }

    /// Cluster-wide raw capacity in bytes: (total, used, available).
    pub fn stat(&self) -> Result<(u64, u64, u64)> {
        let mut st = rados::Struct_rados_cluster_stat_t::default();
        // SAFETY: out-pointer to a local struct of the declared layout.
        let ret = unsafe { rados::rados_cluster_stat(self.raw, &mut st) };
        check(ret, || "reading cluster statistics".to_string())?;
        Ok((st.kb * 1024, st.kb_used * 1024, st.kb_avail * 1024))
    }
}

/// An I/O context on pool `name` of the connected cluster `cluster`.
fn open_pool<'c>(cluster: rados_t, name: &str) -> Result<Pool<'c>> {
    let n = cstr(name, "pool name")?;
    let mut raw: rados_ioctx_t = ptr::null_mut();
    // SAFETY: out-pointer to a local; valid handle and C string.
    let ret = unsafe { rados::rados_ioctx_create(cluster, n.as_ptr(), &mut raw) };
    check(ret, || format!("pool {name}")).map_err(|e| {
        e.with_hint(&format!(
            "create it with: ceph osd pool create {name} && rbd pool init {name}; or pick another with --pool"
        ))
    })?;
    // On a full pool (quota or full OSDs) a write then fails at once with
    // EDQUOT/ENOSPC (exit 7) instead of blocking until --op-timeout, and the cleanup
    // of what it left can still delete, as `rbd rm` does.
    // SAFETY: raw is the valid ioctx just created.
    unsafe { super::ffi::rados_set_pool_full_try(raw) };
    Ok(Pool { raw, name: name.to_string(), _cluster: PhantomData })
}

/// A pool's I/O context. Borrowing the cluster keeps it from outliving the connection.
pub struct Pool<'c> {
    pub(super) raw: rados_ioctx_t,
    name: String,
    _cluster: PhantomData<&'c Cluster>,
}

impl Drop for Pool<'_> {
    fn drop(&mut self) {
        // SAFETY: raw came from rados_ioctx_create, destroyed once; images borrow the
        // pool so none is still open.
        unsafe { rados::rados_ioctx_destroy(self.raw) };
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct PoolStat {
    pub bytes: u64,
    pub objects: u64,
}

impl<'c> Pool<'c> {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Another pool of the same cluster connection.
    pub(super) fn sibling(&self, name: &str) -> Result<Pool<'c>> {
        // SAFETY: a valid ioctx's cluster handle, which outlives 'c.
        open_pool(unsafe { rados::rados_ioctx_get_cluster(self.raw) }, name)
    }

    /// A second context of this pool, e.g. for reads at a snapshot
    /// ([`Pool::set_read_snapshot`]) that must not affect this one.
    pub fn another(&self) -> Result<Pool<'c>> {
        self.sibling(&self.name)
    }

    pub fn stat(&self) -> Result<PoolStat> {
        let mut st = rados::Struct_rados_pool_stat_t::default();
        // SAFETY: out-pointer to a local struct of the declared layout.
        let ret = unsafe { rados::rados_ioctx_pool_stat(self.raw, &mut st) };
        check(ret, || format!("statistics of pool {}", self.name))?;
        Ok(PoolStat { bytes: st.num_bytes, objects: st.num_objects })
    }
}
