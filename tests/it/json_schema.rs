//! docs/json.md is the snapshot of every command's JSON: this runs each documented
//! command against the cluster and fails when its field names (at every depth) differ
//! from the example in the docs. A field added, renamed or removed must be a reviewed
//! change to docs/json.md, which scripts depend on.

use crate::harness::*;
use serde_json::Value;
use std::collections::BTreeSet;

/// Every key path in a document: `a`, `a.b`, `a[].c` (array elements merged).
fn key_paths(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.insert(p.clone());
                key_paths(x, &p, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                key_paths(x, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

fn paths(v: &Value) -> BTreeSet<String> {
    let mut s = BTreeSet::new();
    key_paths(v, "", &mut s);
    s
}

/// The first JSON example after the heading `## {section}` (and after `marker`, if given).
fn documented(section: &str, marker: Option<&str>) -> Value {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md")).unwrap();
    let start = doc.find(&format!("## {section}\n")).unwrap_or_else(|| panic!("docs/json.md has no section {section}"));
    let from = match marker {
        Some(m) => start + doc[start..].find(m).unwrap_or_else(|| panic!("no {m:?} in section {section}")),
        None => start,
    };
    let a = from + doc[from..].find("```json\n").unwrap() + 8;
    let b = a + doc[a..].find("\n```").unwrap();
    serde_json::from_str(&doc[a..b]).unwrap_or_else(|e| panic!("example of {section} does not parse: {e}"))
}

/// Compare, ignoring paths that the docs elide (`...`) or that only exist with data.
fn check(section: &str, marker: Option<&str>, live: &Value, optional: &[&str]) {
    let doc = documented(section, marker);
    let want: BTreeSet<String> = paths(&doc).into_iter().filter(|p| !p.contains("...")).collect();
    let got = paths(live);
    let missing: Vec<_> = want.difference(&got).filter(|p| !optional.iter().any(|o| p.starts_with(o))).collect();
    let extra: Vec<_> = got.difference(&want).filter(|p| !optional.iter().any(|o| p.starts_with(o))).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{section}: the JSON differs from docs/json.md (update the docs in the same change)\n  documented but not produced: {missing:?}\n  produced but not documented: {extra:?}"
    );
}

#[test]
fn every_documented_json_shape_is_what_the_commands_produce() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let f = write_file(dir.path(), "img", &random_bytes(7, 3 << 20));
    let id = unique("schema-img");
    g.add("images", &id);
    let up = ok_json(&run(["image", "upload", s(&f), "--id", &id, "--format", "json"]), "upload");
    check("image upload", None, &up, &[]);
    let out = dir.path().join("out");
    check(
        "image download",
        None,
        &ok_json(&run(["image", "download", &id, "-o", s(&out), "--format", "json"]), "download"),
        &[],
    );
    check("image info", None, &ok_json(&run(["image", "info", &id, "--format", "json"]), "info"), &["parent."]);
    check("image verify", None, &ok_json(&run(["image", "verify", &id, "--format", "json"]), "verify"), &[]);
    check("image gc", None, &ok_json(&run(["image", "gc", "--dry-run", "--format", "json"]), "gc --dry-run"), &[]);
    check("image ls", None, &ok_json(&run(["image", "ls", "--format", "json"]), "ls"), &[]);
    check("image rm", None, &ok_json(&run(["image", "rm", &id, "--dry-run", "--format", "json"]), "rm --dry-run"), &[]);

    let vol = unique("schema-vol");
    let clone = unique("schema-clone");
    g.add("rbd", &vol);
    g.add("rbd", &clone);
    check(
        "volume create, clone, flatten, rm, snapshot create/rm, extend, import, export",
        Some("`volume create --size 1G`"),
        &ok_json(&run(["volume", "create", &vol, "--size", "1G", "--format", "json"]), "create"),
        &[],
    );
    run(["volume", "clone", &vol, &clone]);
    check("volume info", None, &ok_json(&run(["volume", "info", &clone, "--format", "json"]), "volume info"), &[]);
    check("volume ls", None, &ok_json(&run(["volume", "ls", "--format", "json"]), "volume ls"), &[]);
    check(
        "volume tree",
        None,
        &ok_json(&run(["volume", "tree", &vol, "--format", "json"]), "volume tree"),
        &["root.children[].children"],
    );
    check(
        "volume connection-info",
        None,
        &ok_json(&run(["volume", "connection-info", &vol, "--format", "json"]), "connection-info"),
        &[],
    );
    let trashed = unique("schema-trash");
    g.add("rbd", &trashed);
    ok_json(&run(["volume", "create", &trashed, "--size", "8M", "--format", "json"]), "create");
    ok_json(&run(["volume", "snapshot", "create", &trashed, "s1", "--format", "json"]), "snapshot create");
    ok_json(&run(["volume", "rm", &trashed, "--trash", "--format", "json"]), "rm --trash");
    check("volume trash ls", None, &ok_json(&run(["volume", "trash", "ls", "--format", "json"]), "trash ls"), &[]);
    check(
        "volume trash purge",
        None,
        &ok_json(&run(["volume", "trash", "purge", &trashed, "--dry-run", "--format", "json"]), "trash purge"),
        &[],
    );
    ok_json(&run(["volume", "trash", "purge", &trashed, "--format", "json"]), "trash purge");
    check("volume stats", None, &ok_json(&run(["volume", "stats", "--format", "json"]), "stats"), &[]);
    check("mon addrs", None, &ok_json(&run(["mon", "addrs", "--format", "json"]), "mon addrs"), &[]);
    check(
        "config show",
        None,
        &ok_json(&run(["config", "show", "--format", "json"]), "config show"),
        &["settings[].source."],
    );
    check("exit-codes", None, &ok_json(&run(["exit-codes", "--format", "json"]), "exit-codes"), &[]);
}

#[test]
fn the_diff_and_backup_json_is_what_docs_json_md_shows() {
    let mut g = Guard::new();
    let dir = tempfile::tempdir().unwrap();
    let pool = g.temp_pool("schema-bk");
    let vol = format!("volume-{}", unique("schema-bk"));
    let (copy, target) = (unique("schema-xd"), unique("schema-rs"));
    for n in [&vol, &copy, &target] {
        g.add("rbd", n);
    }
    run(["volume", "create", &vol, "--size", "8M"]);
    rbd_ok(&["snap", "create", &format!("rbd/{vol}@s1")]);
    let f = dir.path().join("d");
    let ex = ok_json(&run(["volume", "export-diff", &format!("{vol}@s1"), s(&f), "--format", "json"]), "export-diff");
    check("volume export-diff, import-diff", None, &ex, &[]);
    run(["volume", "create", &copy, "--size", "1M"]);
    let im = ok_json(&run(["volume", "import-diff", s(&f), &copy, "--format", "json"]), "import-diff");
    check("volume export-diff, import-diff", None, &im, &[]);
    let b = |args: &[&str], what: &str| {
        let mut a = vec!["volume", "backup"];
        a.extend(args);
        a.extend(["--backup-pool", pool.as_str(), "--format", "json"]);
        ok_json(&run(a), what)
    };
    let cr = b(&["create", &vol], "backup create");
    check("volume backup create", None, &cr, &[]);
    let id = cr["id"].as_str().unwrap().to_string();
    check("volume backup ls", None, &b(&["ls"], "backup ls"), &[]);
    check("volume backup restore", None, &b(&["restore", &id, "--to", &target, "--create"], "restore"), &[]);
    check("volume backup rm", None, &b(&["rm", &id], "backup rm"), &[]);
}
