//! Monitor addresses from the monitor map (`mon dump` as a mon command, no subprocess).
//!
//! Cinder's `_get_mon_addrs` split each `addr` at the last `:`; that breaks on msgr2
//! address vectors and leaves IPv6 brackets in. Here each monitor's address vector is
//! read, the preferred messenger version chosen, and `[::1]:6789` becomes host `::1`.
//! Parsing is pure (unit-tested on recorded monmaps); only [`mon_addrs`] talks to Ceph.

use crate::ceph::Cluster;
use crate::error::{Error, Result};
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Monitor {
    pub name: String,
    pub rank: i64,
    pub host: String,
    pub port: u16,
    /// Messenger protocol of this address: `v1`, `v2` or `legacy` (a map without addrvec).
    #[serde(rename = "type")]
    pub kind: String,
}

/// `mon addrs` report: Cinder's (hosts, ports) plus each monitor in full.
#[derive(Debug, Clone, Serialize)]
pub struct MonAddrs {
    pub fsid: String,
    pub hosts: Vec<String>,
    pub ports: Vec<u16>,
    pub monitors: Vec<Monitor>,
}

/// Which messenger address to report when a monitor has both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Prefer {
    /// msgr1 (port 6789 by default): what libvirt/QEMU and Cinder hand to clients.
    V1,
    /// msgr2 (port 3300 by default).
    V2,
}

impl Prefer {
    pub const NAMES: &[&str] = &["v1", "v2"];
}

impl std::str::FromStr for Prefer {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "v1" => Ok(Prefer::V1),
            "v2" => Ok(Prefer::V2),
            _ => Err(Error::invalid(format!("invalid messenger version {s:?}: use v1 or v2"))),
        }
    }
}

/// `host:port`, `[v6]:port`, optionally followed by `/nonce` → (host, port).
pub fn split_host_port(addr: &str) -> Result<(String, u16)> {
    let bad = || Error::Protocol { what: format!("monitor address {addr:?} in the monmap") };
    let addr = addr.split('/').next().unwrap_or(addr);
    let (host, port) = if let Some(rest) = addr.strip_prefix('[') {
        let (h, p) = rest.split_once("]:").ok_or_else(bad)?;
        (h, p)
    } else {
        addr.rsplit_once(':').ok_or_else(bad)?
    };
    let port = port.parse::<u16>().map_err(|_| bad())?;
    if host.is_empty() {
        return Err(bad());
    }
    Ok((host.to_string(), port))
}

/// Parse `mon dump --format json` output.
pub fn parse_monmap(map: &Value, prefer: Prefer) -> Result<MonAddrs> {
    let fsid = map.get("fsid").and_then(Value::as_str).unwrap_or_default().to_string();
    let mons = map
        .get("mons")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::Protocol { what: "monmap without 'mons'".into() })?;
    let want = match prefer {
        Prefer::V1 => "v1",
        Prefer::V2 => "v2",
    };
    let mut monitors = Vec::new();
    for m in mons {
        let name = m.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
        let rank = m.get("rank").and_then(Value::as_i64).unwrap_or(-1);
        let vec = m.pointer("/public_addrs/addrvec").and_then(Value::as_array);
        let chosen = match vec {
            Some(v) if !v.is_empty() => {
                let pick = v
                    .iter()
                    .find(|a| a["type"] == want)
                    .or_else(|| v.iter().find(|a| a["type"] == "v1" || a["type"] == "v2"))
                    .unwrap_or(&v[0]);
                let addr = pick.get("addr").and_then(Value::as_str).unwrap_or_default();
                let kind = pick.get("type").and_then(Value::as_str).unwrap_or("legacy").to_string();
                (addr.to_string(), kind)
            }
            _ => {
                let addr = m.get("public_addr").or_else(|| m.get("addr")).and_then(Value::as_str).unwrap_or_default();
                (addr.to_string(), "legacy".to_string())
            }
        };
        let (host, port) = split_host_port(&chosen.0)?;
        monitors.push(Monitor { name, rank, host, port, kind: chosen.1 });
    }
    monitors.sort_by_key(|m| m.rank);
    Ok(MonAddrs {
        fsid,
        hosts: monitors.iter().map(|m| m.host.clone()).collect(),
        ports: monitors.iter().map(|m| m.port).collect(),
        monitors,
    })
}

pub fn mon_addrs(cluster: &Cluster, prefer: Prefer) -> Result<MonAddrs> {
    let map = cluster.mon_command_json(serde_json::json!({"prefix": "mon dump", "format": "json"}))?;
    let mut addrs = parse_monmap(&map, prefer)?;
    if addrs.fsid.is_empty() {
        addrs.fsid = cluster.fsid()?;
    }
    Ok(addrs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn legacy_v1_only_map_as_in_2014() {
        let map = json!({"epoch": 1, "fsid": "f", "mons": [
            {"rank": 0, "name": "a", "addr": "10.0.0.1:6789/0"},
            {"rank": 1, "name": "b", "addr": "10.0.0.2:6790/0"}]});
        let a = parse_monmap(&map, Prefer::V1).unwrap();
        assert_eq!(a.hosts, ["10.0.0.1", "10.0.0.2"]);
        assert_eq!(a.ports, [6789, 6790]);
        assert_eq!(a.monitors[0].kind, "legacy");
    }

    #[test]
    fn v1_and_v2_address_vectors() {
        let map = json!({"fsid": "f", "mons": [{"rank": 0, "name": "a",
            "public_addrs": {"addrvec": [{"type": "v2", "addr": "10.0.0.1:3300", "nonce": 0}, {"type": "v1", "addr": "10.0.0.1:6789", "nonce": 0}]},
            "addr": "10.0.0.1:6789/0"}]});
        let v1 = parse_monmap(&map, Prefer::V1).unwrap();
        assert_eq!((v1.hosts[0].as_str(), v1.ports[0], v1.monitors[0].kind.as_str()), ("10.0.0.1", 6789, "v1"));
        let v2 = parse_monmap(&map, Prefer::V2).unwrap();
        assert_eq!((v2.ports[0], v2.monitors[0].kind.as_str()), (3300, "v2"));
    }

    #[test]
    fn v2_only_monitor_falls_back_to_v2_when_v1_is_preferred() {
        let map = json!({"fsid": "f", "mons": [{"rank": 0, "name": "a",
            "public_addrs": {"addrvec": [{"type": "v2", "addr": "10.0.0.9:3300", "nonce": 0}]}}]});
        let a = parse_monmap(&map, Prefer::V1).unwrap();
        assert_eq!(a.ports, [3300]);
    }

    #[test]
    fn ipv6_brackets_are_removed() {
        let map = json!({"fsid": "f", "mons": [
            {"rank": 1, "name": "b", "public_addrs": {"addrvec": [{"type": "v1", "addr": "[fd00::2]:6789", "nonce": 0}]}},
            {"rank": 0, "name": "a", "addr": "[::1]:6789/0"}]});
        let a = parse_monmap(&map, Prefer::V1).unwrap();
        assert_eq!(a.hosts, ["::1", "fd00::2"], "sorted by rank, brackets gone");
        assert_eq!(a.monitors[0].name, "a");
    }

    #[test]
    fn garbage_addresses_are_errors_not_panics() {
        for bad in ["", "nohost", "1.2.3.4:notaport", "[::1:6789", ":6789"] {
            assert!(split_host_port(bad).is_err(), "{bad:?}");
        }
        assert!(parse_monmap(&json!({"fsid": "f"}), Prefer::V1).is_err());
    }
}
