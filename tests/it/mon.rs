//! `rbdctl mon addrs` against the test cluster, and the two ways a connection fails:
//! a missing ceph.conf (exit 3, at once) and an unreachable monitor (exit 8, within
//! --connect-timeout).

use crate::harness::*;
use std::time::{Duration, Instant};

#[test]
fn mon_addrs_json_matches_the_conf() {
    let c = cluster();
    let v = ok_json(&run(["mon", "addrs", "--format", "json"]), "mon addrs");
    assert_eq!(v["fsid"], c.fsid.as_str(), "{v}");
    // `ceph fsid` agrees with the conf (and so with rbdctl). The ceph CLI itself hits
    // the same monmap race now and then ("problem getting command descriptions"): retry.
    let mut out = ceph(&["fsid"]);
    for _ in 0..5 {
        if out.status.success() {
            break;
        }
        out = ceph(&["fsid"]);
    }
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(stdout(&out).trim(), c.fsid);

    assert_eq!(v["hosts"], serde_json::json!([c.mon_host]), "{v}");
    assert_eq!(v["ports"], serde_json::json!([c.mon_port]), "{v}");
    assert_eq!(c.mon_host, "127.0.0.1");
    let mons = v["monitors"].as_array().expect("monitors array");
    assert_eq!(mons.len(), 1, "{v}");
    let m = &mons[0];
    assert_eq!(m["name"], "a", "{v}");
    assert_eq!(m["rank"], 0, "{v}");
    assert_eq!(m["host"], "127.0.0.1", "{v}");
    assert_eq!(m["port"], c.mon_port, "{v}");
    assert_eq!(m["type"], "v1", "{v}");
}

#[test]
fn mon_addrs_text_is_host_colon_port() {
    let c = cluster();
    let out = run(["mon", "addrs"]);
    expect_code(&out, 0, "mon addrs");
    assert_eq!(stdout(&out), format!("127.0.0.1:{}\n", c.mon_port));
}

/// A monitor command sent right after connecting must not fail. With this cluster
/// (auth none) librados sometimes sends it before the monmap has arrived, with a zero
/// fsid, and the monitor answers EPERM "wrong fsid"; rbdctl must not report that as
/// "permission denied ... check the client's caps" (exit 6). It hits 5-25 % of runs, so
/// up to 100 runs (about 4 s) catch it almost surely.
#[test]
fn mon_commands_right_after_connect_do_not_fail_with_wrong_fsid() {
    for i in 1..=100 {
        let out = run(["mon", "addrs", "--format", "json"]);
        assert!(out.status.success(), "run {i} of `mon addrs` failed:\n{}", describe(&out));
    }
}

#[test]
fn item12_missing_conf_is_invalid_input_at_once() {
    let t = Instant::now();
    let out = run(["-c", "/nonexistent", "mon", "addrs"]);
    let took = t.elapsed();
    expect_code(&out, 2, "-c /nonexistent");
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "one line expected:\n{err}");
    assert!(err.contains("/nonexistent"), "{err}");
    assert!(stdout(&out).is_empty(), "{}", describe(&out));
    assert!(took < Duration::from_secs(5), "took {took:?}");

    // Same in JSON mode: the error object names the file.
    let out = run(["-c", "/nonexistent", "mon", "addrs", "--format", "json"]);
    let e = err_json(&out, 2, "-c /nonexistent --format json");
    assert_eq!(e["error"]["kind"], "invalid_input");
    assert!(e["error"]["message"].as_str().unwrap().contains("/nonexistent"), "{e}");
}

#[test]
fn unreachable_monitor_times_out_within_connect_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let conf = write_file(
        dir.path(),
        "unreachable.conf",
        b"[global]\n\
          fsid = 00000000-1111-2222-3333-444444444444\n\
          mon host = v1:127.0.0.1:1\n\
          ms bind ipv6 = false\n\
          auth cluster required = none\n\
          auth service required = none\n\
          auth client required = none\n",
    );
    let t = Instant::now();
    let out = run(["-c", s(&conf), "--connect-timeout", "3", "mon", "addrs"]);
    let took = t.elapsed();
    expect_code(&out, 8, "unreachable monitor");
    assert!(took < Duration::from_secs(5), "took {took:?}, --connect-timeout was 3");
    let err = stderr(&out);
    assert!(err.contains("timed out"), "{err}");
    assert!(err.contains("127.0.0.1:1"), "the message should name the monitor address: {err}");
}
