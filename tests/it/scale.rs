//! Issue 15 (scale): pagination, names-only listings, streaming rows, JSON Lines,
//! `volume stats` with and without `--provisioned`, the clone tree of a wide 3-level
//! chain against `rbd children --descendants`, and clone depth among many siblings.
//! Each test works in a pool of its own, removed with everything in it.

use crate::harness::*;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

/// Make images with python3-rbd in one process, 8 threads at once (much faster than one
/// `rbd` process per image). `images`: (name, size); `clones`: (parent, snap, child):
/// the snapshot is made and protected on first use.
fn populate(pool: &str, images: &[(String, u64)], clones: &[(String, String, String)]) {
    const SCRIPT: &str = r#"
import json, sys, rados, rbd
from concurrent.futures import ThreadPoolExecutor
pool, images, clones = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
cluster = rados.Rados(conffile=''); cluster.connect()
io = cluster.open_ioctx(pool)
def make(item):
    rbd.RBD().create(io, item[0], item[1], old_format=False, features=rbd.RBD_FEATURE_LAYERING)
with ThreadPoolExecutor(8) as ex:
    list(ex.map(make, images))
snapped = set()
for parent, snap, child in clones:
    if (parent, snap) not in snapped:
        with rbd.Image(io, parent) as img:
            img.create_snap(snap); img.protect_snap(snap)
        snapped.add((parent, snap))
    rbd.RBD().clone(io, parent, snap, io, child, features=rbd.RBD_FEATURE_LAYERING)
io.close(); cluster.shutdown()
"#;
    let imgs = serde_json::to_string(&images.iter().map(|(n, s)| (n, s)).collect::<Vec<_>>()).unwrap();
    let cl = serde_json::to_string(clones).unwrap();
    let out = cluster().tool("/usr/bin/python3").args(["-c", SCRIPT, pool, &imgs, &cl]).output();
    assert!(out.status.success(), "populating {pool} with python3-rbd failed:\n{}", describe(&out));
}

fn numbered(prefix: &str, n: usize, size: u64) -> Vec<(String, u64)> {
    (0..n).map(|i| (format!("{prefix}-{i:03}"), size)).collect()
}

fn names_of(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} in {v}"))
        .iter()
        .map(|e| e["name"].as_str().unwrap().into())
        .collect()
}

#[test]
fn ls_pages_with_limit_and_start_after() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-page");
    populate(&pool, &numbered("img", 25, 1 << 20), &[]);
    let all = rbd_ls(&pool);
    assert_eq!(all.len(), 25);
    for family in ["image", "volume"] {
        let key = if family == "image" { "images" } else { "volumes" };
        let page = |extra: &[&str]| {
            let mut a = vec![family, "ls", "--pool", &pool, "--format", "json"];
            a.extend(extra);
            names_of(&ok_json(&run(&a), &format!("{family} ls {extra:?}")), key)
        };
        let mut walked = vec![];
        let mut after: Option<String> = None;
        loop {
            let mut extra = vec!["--limit", "10"];
            if let Some(a) = &after {
                extra.extend(["--start-after", a.as_str()]);
            }
            let p = page(&extra);
            assert!(p.len() <= 10, "{family} ls --limit 10 gave {}", p.len());
            if p.is_empty() {
                break;
            }
            after = p.last().cloned();
            walked.extend(p);
        }
        assert_eq!(walked, all, "{family} ls: the pages, joined, are rbd ls");
        assert_eq!(page(&["--start-after", "img-011", "--limit", "2"]), ["img-012", "img-013"]);
        assert_eq!(page(&["--start-after", "img-0115", "--limit", "1"]), ["img-012"], "a name that is not there");
        assert!(page(&["--start-after", "zzz"]).is_empty());
        assert!(page(&["--limit", "0"]).is_empty());
    }
}

#[test]
fn ls_names_reads_the_directory_only() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-names");
    populate(&pool, &numbered("n", 6, 1 << 20), &[]);
    // Break one image's header: an open of it fails, so only a listing that opens
    // nothing can still show it.
    let id = rbd_json(&["info", &format!("{pool}/n-003")])["id"].as_str().unwrap().to_string();
    let rm = rados(&["-p", &pool, "rm", &format!("rbd_header.{id}")]);
    assert!(rm.status.success(), "{}", describe(&rm));
    let want = rbd_ls(&pool);
    assert!(want.contains(&"n-003".to_string()));

    let text = run(["image", "ls", "--pool", &pool, "--names", "--no-headers"]);
    expect_code(&text, 0, "image ls --names");
    assert_eq!(stdout(&text).lines().collect::<Vec<_>>(), want, "image ls --names is rbd ls");
    let v = ok_json(&run(["volume", "ls", "--pool", &pool, "--names", "--format", "json"]), "volume ls --names");
    assert_eq!(names_of(&v, "volumes"), want);
    let paged = ok_json(
        &run(["image", "ls", "--pool", &pool, "--names", "--start-after", "n-001", "--limit", "3", "--format", "json"]),
        "paged names",
    );
    assert_eq!(names_of(&paged, "images"), ["n-002", "n-003", "n-004"]);

    // The full listing opens each image: the broken one is skipped (as removed while
    // listing), the others are all there.
    let full = ok_json(&run(["image", "ls", "--pool", &pool, "--format", "json"]), "image ls");
    let got = names_of(&full, "images");
    assert_eq!(got, want.iter().filter(|n| *n != "n-003").cloned().collect::<Vec<_>>());
}

#[test]
fn jsonl_prints_one_object_per_row() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-jsonl");
    populate(&pool, &numbered("j", 5, 2 << 20), &[("j-000".into(), "snap".into(), "k-clone".into())]);
    for (family, key) in [("image", "images"), ("volume", "volumes")] {
        let out = run([family, "ls", "--pool", &pool, "--format", "jsonl"]);
        expect_code(&out, 0, "ls --format jsonl");
        let rows: Vec<Value> = stdout(&out).lines().map(|l| json(l.as_bytes())).collect();
        assert_eq!(rows.len(), 6, "one line per image:\n{}", stdout(&out));
        let names: Vec<String> = rows.iter().map(|r| r["name"].as_str().unwrap().to_string()).collect();
        assert_eq!(names, rbd_ls(&pool));
        assert!(rows.iter().all(|r| r["pool"] == pool.as_str()), "every row names its pool");
        // The same rows as the one JSON document's array.
        let doc = ok_json(&run([family, "ls", "--pool", &pool, "--format", "json"]), "ls --format json");
        for (row, entry) in rows.iter().zip(doc[key].as_array().unwrap()) {
            for (k, v) in entry.as_object().unwrap() {
                assert_eq!(&row[k], v, "{family} ls: jsonl and json agree on {k}");
            }
        }
    }
    let rows = stdout(&run(["image", "ls", "--pool", &pool, "--format", "jsonl"]));
    let j0 = rows.lines().map(|l| json(l.as_bytes())).find(|r| r["name"] == "j-000").unwrap();
    assert_eq!((j0["protected"].clone(), j0["children"].clone()), (Value::from(true), Value::from(1)), "{j0}");
    let clone = stdout(&run(["volume", "ls", "--pool", &pool, "--format", "jsonl"]));
    let k = clone.lines().map(|l| json(l.as_bytes())).find(|r| r["name"] == "k-clone").unwrap();
    assert_eq!(k["parent"], format!("{pool}/j-000@snap"), "{k}");
    // A report that is not a listing is one document on one line.
    let st = run(["volume", "stats", "--pool", &pool, "--format", "jsonl"]);
    expect_code(&st, 0, "stats --format jsonl");
    assert_eq!(stdout(&st).lines().count(), 1, "{}", stdout(&st));
    assert_eq!(json(stdout(&st).as_bytes())["schema_version"], 1);
}

#[test]
fn text_rows_stream_before_the_listing_ends() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-stream");
    populate(&pool, &numbered("s", 400, 1 << 20), &[]);
    // Every OSD reply to rbdctl delayed by up to 50 ms (Ceph's own messenger delay
    // injection), so reading 400 headers takes a few hundred ms whatever the machine:
    // rows that stream arrive spread over that time; rows printed after the listing
    // would arrive in one burst at the end.
    let delay = "--ms_inject_delay_type=osd --ms_inject_delay_max=0.05 --ms_inject_delay_probability=1";
    let mut p = rbdctl().env("CEPH_ARGS", delay).args(["image", "ls", "--pool", &pool]).spawn_raw(Stdio::null());
    let mut lines = BufReader::new(p.take_stdout()).lines();
    let header = lines.next().expect("a header").unwrap();
    assert!(header.starts_with("NAME"), "{header}");
    let first = lines.next().expect("a first row").unwrap();
    let first_at = std::time::Instant::now();
    assert!(first.starts_with("s-000 "), "{first}");
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    let spread = first_at.elapsed();
    let out = p.wait(Duration::from_secs(120));
    expect_code(&out, 0, "image ls");
    assert_eq!(rest.len(), 399);
    assert!(rest.last().unwrap().starts_with("s-399 "));
    assert!(
        spread >= Duration::from_millis(50),
        "the first row came only {spread:?} before the last: printed after the listing, not as it went"
    );
}

#[test]
fn stats_sums_provisioned_only_when_asked() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-stats");
    populate(&pool, &[("a".into(), 1 << 30), ("b".into(), 1 << 30), ("c".into(), 512 << 20)], &[]);
    // A new pool shows in `ceph df` once the manager has reported it (about a second).
    assert!(
        wait_until(Duration::from_secs(30), || run(["volume", "stats", "--pool", &pool]).status.success()),
        "the new pool never showed in volume stats"
    );
    let plain = ok_json(&run(["volume", "stats", "--pool", &pool, "--format", "json"]), "stats");
    assert!(plain["provisioned_capacity_gb"].is_null(), "not computed without --provisioned: {plain}");
    let text = stdout(&run(["volume", "stats", "--pool", &pool]));
    assert!(text.contains("pass --provisioned"), "{text}");
    let with = ok_json(&run(["volume", "stats", "--pool", &pool, "--provisioned", "--format", "json"]), "stats");
    assert_eq!(with["provisioned_capacity_gb"].as_f64(), Some(2.5), "{with}");

    // Total and free are the pool's line of `ceph df detail`, as Cinder computes them.
    let df = json(stdout(&ceph(&["df", "detail", "--format", "json"])).as_bytes());
    let entry = df["pools"].as_array().unwrap().iter().find(|p| p["name"] == pool.as_str()).unwrap().clone();
    let gib = |b: u64| b as f64 / (1u64 << 30) as f64;
    let avail = gib(entry["stats"]["max_avail"].as_u64().unwrap());
    let stored = gib(entry["stats"]["stored"].as_u64().unwrap());
    let (total, free) = (plain["total_capacity_gb"].as_f64().unwrap(), plain["free_capacity_gb"].as_f64().unwrap());
    assert!((free - avail).abs() < 0.1, "free {free} vs ceph df max_avail {avail} GiB");
    assert!((total - (stored + avail)).abs() < 0.1, "total {total} vs stored+max_avail {} GiB", stored + avail);
    assert!(plain["quota_bytes"].is_null());

    ceph(&["osd", "pool", "set-quota", &pool, "max_bytes", &(3u64 << 30).to_string()]);
    assert!(wait_until(Duration::from_secs(30), || {
        let q = ok_json(&run(["volume", "stats", "--pool", &pool, "--format", "json"]), "stats with quota");
        q["quota_bytes"] == 3u64 << 30 && q["total_capacity_gb"].as_f64() == Some(3.0)
    }));
}

/// Every node of a `volume tree` JSON below `n` (at `level`): (pool/image, level in
/// the tree, parent snapshot, Cinder clone depth).
fn nodes(n: &Value, level: u64, out: &mut Vec<(String, u64, String, u64)>) {
    for c in n["children"].as_array().unwrap() {
        let name = format!("{}/{}", c["pool"].as_str().unwrap(), c["image"].as_str().unwrap());
        let snap = c["snapshot"].as_str().unwrap().to_string();
        out.push((name, level + 1, snap, c["clone_depth"].as_u64().unwrap()));
        nodes(c, level + 1, out);
    }
}

#[test]
fn tree_of_a_wide_three_level_chain_matches_rbd() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-tree");
    populate(&pool, &[("root".into(), 4 << 20)], &[]);
    populate(&pool, &[], &[("root".into(), "s".into(), "mid".into())]);
    let fan: Vec<(String, String, String)> =
        (0..50).map(|i| ("mid".to_string(), "s".to_string(), format!("leaf-{i:02}"))).collect();
    populate(&pool, &[], &fan);
    populate(&pool, &[], &[("leaf-07".into(), "s".into(), "deep".into())]);

    let rbd_desc = rbd_json(&["children", "--descendants", &format!("{pool}/root@s")]);
    let mut want: Vec<String> = rbd_desc
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{}/{}", c["pool"].as_str().unwrap(), c["image"].as_str().unwrap()))
        .collect();
    want.sort();
    assert_eq!(want.len(), 52, "rbd children --descendants: {rbd_desc}");

    for from in ["root", "leaf-07", "deep"] {
        let t = ok_json(&run(["volume", "tree", from, "--pool", &pool, "--format", "json"]), "volume tree");
        assert_eq!(t["root"]["image"], "root", "{from}: the tree starts at the root");
        let mut got = vec![];
        nodes(&t["root"], 0, &mut got);
        let mut names: Vec<String> = got.iter().map(|(n, ..)| n.clone()).collect();
        names.sort();
        assert_eq!(names, want, "volume tree {from} vs rbd children --descendants");
        let level = |img: &str| got.iter().find(|(n, ..)| *n == format!("{pool}/{img}")).unwrap().1;
        assert_eq!((level("mid"), level("leaf-00"), level("leaf-49"), level("deep")), (1, 2, 2, 3));
        assert!(got.iter().all(|(_, _, s, _)| s == "s"));
        // Clones of a snapshot named "s" are not Cinder's links: every chain starts at 0.
        assert!(got.iter().all(|(.., d)| *d == 0), "clone depths: {got:?}");
        let mid = t["root"]["children"].as_array().unwrap();
        assert_eq!(mid.len(), 1);
        assert_eq!(mid[0]["children"].as_array().unwrap().len(), 50, "50 clones of mid@s");
    }
    let deep = ok_json(&run(["volume", "tree", "deep", "--pool", &pool, "--format", "json"]), "tree deep");
    let anc: Vec<&str> = deep["ancestors"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    assert_eq!(anc, [format!("{pool}/leaf-07@s"), format!("{pool}/mid@s"), format!("{pool}/root@s")]);
}

#[test]
fn clone_depth_among_many_siblings() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-depth");
    populate(&pool, &[("golden".into(), 4 << 20)], &[]);
    // Cinder's links: golden@<child>.clone_snap -> <child>, 40 siblings.
    let sibs: Vec<(String, String, String)> =
        (0..40).map(|i| ("golden".to_string(), format!("v{i:02}.clone_snap"), format!("v{i:02}"))).collect();
    populate(&pool, &[], &sibs);
    let vol = |args: &[&str]| {
        let mut a = vec!["volume"];
        a.extend(args);
        a.extend(["--pool", &pool, "--format", "json"]);
        ok_json(&run(&a), &format!("volume {}", args.join(" ")))
    };
    assert_eq!(vol(&["info", "golden"])["clone_depth"], 0);
    assert_eq!(vol(&["info", "v00"])["clone_depth"], 1);
    assert_eq!(vol(&["info", "v39"])["clone_depth"], 1);
    let c = vol(&["clone", "v17", "w"]);
    assert_eq!(c["method"], "cow-clone", "{c}");
    assert_eq!(vol(&["info", "w"])["clone_depth"], 2);
    // The tree agrees: every sibling at depth 1, w at 2, through Cinder's links.
    let t = vol(&["tree", "w"]);
    let mut got = vec![];
    nodes(&t["root"], 0, &mut got);
    assert_eq!(got.len(), 41, "{t}");
    for (name, level, _, depth) in &got {
        let want = if name.ends_with("/w") { 2 } else { 1 };
        assert_eq!((*level, *depth), (want, want), "{name}");
    }
    assert_eq!(t["root"]["clone_depth"], 0);
    assert_eq!(rbd_parent(&format!("{pool}/w")).as_deref(), Some(format!("{pool}/v17@w.clone_snap").as_str()));
    // The golden image's 40 snapshots, each with its one clone, as rbd sees them.
    let snaps = vol(&["snapshot", "ls", "golden"]);
    let list = snaps["snapshots"].as_array().unwrap();
    assert_eq!(list.len(), 40);
    for s in list {
        let name = s["name"].as_str().unwrap();
        let rbd_children = rbd_ok(&["children", &format!("{pool}/golden@{name}")]);
        let ours: Vec<&str> = s["children"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        assert_eq!(ours, rbd_children.lines().collect::<Vec<_>>(), "clones of golden@{name}");
        assert_eq!(s["protected"], true);
    }
}

/// `volume clone` protects the new snapshot of a parent with many snapshots with a
/// direct write of its protection status and a header notify (`Pool::protect_new_snapshot`),
/// not librbd's refresh-then-protect. What librbd sees must be the same: `rbd info`
/// says protected, and a handle that had the parent open all along (python3-rbd) sees it
/// protected too and may not remove it.
#[test]
fn clone_protection_is_seen_by_rbd_and_by_an_open_handle() {
    let mut g = Guard::new();
    let pool = g.temp_pool("rbdctl-prot");
    populate(&pool, &[("golden".into(), 4 << 20)], &[]);
    let sibs: Vec<(String, String, String)> =
        (0..30).map(|i| ("golden".to_string(), format!("v{i:02}.clone_snap"), format!("v{i:02}"))).collect();
    populate(&pool, &[], &sibs);
    const HOLDER: &str = r#"
import json, sys, rados, rbd
cluster = rados.Rados(conffile=''); cluster.connect()
io = cluster.open_ioctx(sys.argv[1])
img = rbd.Image(io, 'golden')
print(len(list(img.list_snaps())), flush=True)
sys.stdin.readline()
snap = 'w.clone_snap'
try:
    img.remove_snap(snap); removed = True
except rbd.ImageBusy:
    removed = False
print(json.dumps({'protected': img.is_protected_snap(snap), 'removed': removed}), flush=True)
img.close(); io.close(); cluster.shutdown()
"#;
    let mut holder = cluster().tool("/usr/bin/python3").args(["-c", HOLDER, &pool]).spawn_raw(Stdio::piped());
    let mut out = BufReader::new(holder.take_stdout());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "30", "the holder's view of golden before the clone");
    let c = ok_json(&run(["volume", "clone", "golden", "w", "--pool", &pool, "--format", "json"]), "volume clone");
    assert_eq!(c["method"], "cow-clone", "{c}");
    assert!(rbd_ok(&["info", &format!("{pool}/golden@w.clone_snap")]).contains("protected: True"));
    assert_eq!(rbd_parent(&format!("{pool}/w")).as_deref(), Some(format!("{pool}/golden@w.clone_snap").as_str()));
    use std::io::Write;
    writeln!(holder.take_stdin(), "go").unwrap();
    line.clear();
    out.read_line(&mut line).unwrap();
    let seen: Value = serde_json::from_str(line.trim())
        .unwrap_or_else(|e| panic!("holder said {line:?} ({e}); stderr:\n{}", holder.stderr_now()));
    assert_eq!(seen, serde_json::json!({"protected": true, "removed": false}));
    expect_code(&holder.wait(Duration::from_secs(60)), 0, "the python3-rbd holder");
}
