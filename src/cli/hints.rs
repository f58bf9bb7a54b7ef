//! Issue 11 item 4: every hint names a flag that exists on the command that can print it.
//!
//! The test reads the library's source, collects each string literal that names a flag
//! (`--trash`, `-c`), and checks the flag against the clap tree of every command that
//! can reach that code ([`REACH`], by file and function). A literal that quotes another
//! command (`rbdctl image rm --pool ...`) is checked against that command; Ceph's own
//! commands (`rbd ...`, `ceph ...`) are not ours to check. A new file or function whose
//! messages name flags fails the test until it is added to [`REACH`].

use super::Cli;
use clap::{CommandFactory, Parser};

const IMAGE: &[&str] = &["image upload", "image download", "image rm", "image info", "image ls", "image gc"];
const VOLUME: &[&str] = &[
    "volume create",
    "volume clone",
    "volume flatten",
    "volume rm",
    "volume snapshot create",
    "volume snapshot rm",
    "volume snapshot ls",
    "volume extend",
    "volume info",
    "volume ls",
    "volume tree",
    "volume connection-info",
    "volume stats",
    "volume export",
    "volume import",
    "volume trash ls",
    "volume trash restore",
    "volume trash purge",
];

/// Which commands reach a file (`"src/x.rs"`) or one function of it (`"src/x.rs::f"`).
/// Special names: "image", "volume", "pools" (both), "connect" (both + mon addrs),
/// "all" (every command that resolves settings).
const REACH: &[(&str, &[&str])] = &[
    ("src/error.rs", &["all"]),
    ("src/ceph/error.rs", &["connect"]),
    ("src/ceph/cluster.rs::connect_once", &["connect"]),
    ("src/ceph/cluster.rs::pool", &["pools"]),
    ("src/config/openstack.rs", &["all"]),
    ("src/config/own_file.rs", &["all"]),
    ("src/endpoint.rs::check_output", &["image download", "volume export"]),
    ("src/types/names.rs", &["pools"]),
    ("src/image/mod.rs", &["image download", "image rm", "image info"]),
    ("src/image/info.rs", &["image info", "image ls"]),
    ("src/image/info.rs::text", &["image info"]),
    ("src/image/download.rs", &["image download"]),
    ("src/image/remove.rs", &["image rm"]),
    ("src/image/upload.rs", &["image upload"]),
    ("src/image/verify.rs", &["image verify"]),
    ("src/integrity.rs::refuse_incomplete", &["image download", "image verify", "volume create"]),
    ("src/integrity.rs::verify_on_osds", &["image verify"]),
    ("src/volume/mod.rs", &["volume"]),
    ("src/volume/info.rs::text", &["volume stats"]),
    ("src/volume/clone.rs::clone", &["volume clone", "volume create"]),
    ("src/volume/create.rs::create", &["volume create"]),
    ("src/volume/convert_copy.rs::check_virtual_size", &["volume create"]),
    ("src/volume/convert_copy.rs::write_volume", &["volume create", "volume import"]),
    ("src/volume/create.rs::from_image", &["volume create"]),
    ("src/volume/create.rs::copy_between", &["volume create"]),
    ("src/volume/convert_copy.rs::copy_converted", &["volume create"]),
    ("src/volume/create.rs::extend", &["volume extend"]),
    ("src/volume/create.rs::import", &["volume import"]),
    ("src/volume/create.rs::check_clone_object_size", &["volume create"]),
    ("src/volume/rules.rs::check_size_not_smaller", &["volume create", "volume clone"]),
    ("src/volume/trash.rs", &["volume trash purge"]),
    ("src/volume/backup.rs::plan", &["volume backup create"]),
    ("src/volume/backup.rs::find", &["volume backup restore", "volume backup rm"]),
    ("src/volume/backup.rs::text", &["volume backup create"]),
    ("src/volume/backup.rs::create", &["volume backup create"]),
    ("src/volume/backup.rs::restore", &["volume backup restore"]),
    ("src/volume/diff.rs::export_diff", &["volume export-diff"]),
    ("src/volume/trash.rs::trash_restore", &["volume trash restore"]),
    ("src/volume/remove.rs::remove", &["volume rm"]),
    ("src/volume/remove.rs::snapshot_create", &["volume snapshot create"]),
];

fn expand(names: &[&str]) -> Vec<String> {
    let mut out = vec![];
    for n in names {
        match *n {
            "image" => out.extend(IMAGE.iter().map(|s| s.to_string())),
            "volume" => out.extend(VOLUME.iter().map(|s| s.to_string())),
            "pools" => out.extend(IMAGE.iter().chain(VOLUME).map(|s| s.to_string())),
            "connect" => out.extend(IMAGE.iter().chain(VOLUME).chain(&["mon addrs"]).map(|s| s.to_string())),
            "all" => out.extend(IMAGE.iter().chain(VOLUME).chain(&["mon addrs", "config show"]).map(|s| s.to_string())),
            cmd => out.push(cmd.to_string()),
        }
    }
    out
}

/// The long and short flags (aliases included, globals propagated) of `rbdctl <path>`.
fn flags_of(root: &clap::Command, path: &str) -> Vec<String> {
    let mut cmd = root;
    for word in path.split_whitespace() {
        cmd = cmd.find_subcommand(word).unwrap_or_else(|| panic!("no command `rbdctl {path}`"));
    }
    let mut out = vec![];
    for a in cmd.get_arguments() {
        out.extend(a.get_long().map(|l| format!("--{l}")));
        out.extend(a.get_all_aliases().unwrap_or_default().into_iter().map(|l| format!("--{l}")));
        out.extend(a.get_short().map(|s| format!("-{s}")));
    }
    out
}

/// Every string literal of a Rust source (outside its `#[cfg(test)]` module), with the
/// byte offset it starts at. Line continuations (`\` newline) are joined as rustc does.
fn literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            // A char literal ('"', '\'', 'x'); a lifetime ('a) has no closing quote there.
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 3,
            b'\'' if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') => i += 4,
            b'"' => {
                let start = i;
                let mut s = String::new();
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                        if b.get(i) == Some(&b'\n') {
                            while i + 1 < b.len() && b[i + 1].is_ascii_whitespace() {
                                i += 1;
                            }
                        } else if let Some(&c) = b.get(i) {
                            s.push(c as char);
                        }
                    } else {
                        s.push(b[i] as char);
                    }
                    i += 1;
                }
                out.push((start, s));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The flags a text names (`--trash`, `-c`), each with the command it must exist on:
/// `None` for the command that prints it, `Some(path)` after `rbdctl <path>`. Words after
/// `rbd ` or `ceph ` belong to Ceph's tools and are skipped.
fn named_flags(text: &str, root: &clap::Command) -> Vec<(Option<String>, String)> {
    let mut out = vec![];
    let mut target: Option<Option<String>> = Some(None);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].trim_matches(|c: char| "(),;:.'`\"".contains(c));
        if w == "rbdctl" {
            // The deepest subcommand the following words name.
            let mut cmd = root;
            let mut path = vec![];
            while let Some(sub) = words.get(i + 1).and_then(|n| cmd.find_subcommand(n)) {
                path.push(sub.get_name().to_string());
                cmd = sub;
                i += 1;
            }
            target = Some(Some(path.join(" ")));
        } else if w == "rbd" || w == "ceph" || w == "qemu-img" {
            target = None;
        } else if let Some(t) = &target {
            for part in w.split('/') {
                let flag: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                let long = flag.starts_with("--") && flag.as_bytes().get(2).is_some_and(u8::is_ascii_alphabetic);
                let short = flag.len() == 2 && flag.starts_with('-') && flag.as_bytes()[1].is_ascii_alphabetic();
                if long || short {
                    out.push((t.clone(), flag));
                }
            }
        }
        i += 1;
    }
    out
}

/// The function a byte offset of `src` is in (the last `fn name` before it).
fn function_at(src: &str, offset: usize) -> Option<String> {
    let before = &src[..offset];
    let at = before.rfind("fn ")?;
    Some(before[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
}

fn source_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let p = e.path();
        if p.is_dir() {
            source_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn item4_every_hint_names_a_flag_of_the_command_that_prints_it() {
    let mut root = Cli::command();
    root.build();
    let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    source_files(&base.join("src"), &mut files);
    files.sort();
    let (mut problems, mut checked) = (vec![], 0);
    for path in files {
        let rel = path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
        // The CLI layer is clap's own (its messages are built from the tree); tests quote freely.
        if rel.starts_with("src/cli/") || rel.ends_with("/tests.rs") {
            continue;
        }
        let full = std::fs::read_to_string(&path).unwrap();
        let src = full.split("#[cfg(test)]\nmod ").next().unwrap();
        for (offset, text) in literals(src) {
            let flags = named_flags(&text, &root);
            if flags.is_empty() {
                continue;
            }
            let func = function_at(src, offset).unwrap_or_default();
            let key = format!("{rel}::{func}");
            let Some((_, reach)) =
                REACH.iter().find(|(k, _)| *k == key).or_else(|| REACH.iter().find(|(k, _)| *k == rel))
            else {
                problems.push(format!("{key}: {text:?} names flags; add {rel} (or {key}) to REACH"));
                continue;
            };
            for (target, flag) in flags {
                let commands = match &target {
                    Some(path) => vec![path.clone()],
                    None => expand(reach),
                };
                for cmd in commands {
                    checked += 1;
                    if !flags_of(&root, &cmd).contains(&flag) {
                        problems.push(format!("{key}: {text:?} names {flag}, which `rbdctl {cmd}` does not have"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "hints naming flags that don't exist:\n{}", problems.join("\n"));
    assert!(checked > 100, "only {checked} (command, flag) pairs checked: the scan is broken");
}

#[test]
fn item4_the_scan_sees_flags_and_who_they_belong_to() {
    let mut root = Cli::command();
    root.build();
    let got =
        named_flags("remove them first, or use --trash; then rbdctl image rm --pool p x; rbd snap rm --all", &root);
    assert_eq!(got, vec![(None, "--trash".to_string()), (Some("image rm".to_string()), "--pool".to_string())]);
    assert_eq!(named_flags("pass -c/--conf", &root), vec![(None, "-c".into()), (None, "--conf".into())]);
    let lits = literals("let c = '\"'; f(\"a \\\n    b --x\"); // \"--not\"\n");
    assert_eq!(lits.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>(), vec!["a b --x"]);
    // The bug the issue reported: HasSnapshots's "--trash" reached image rm.
    assert!(!flags_of(&root, "image rm").contains(&"--trash".to_string()));
    assert!(flags_of(&root, "volume rm").contains(&"--trash".to_string()));
}

/// Messages about a setting given as a flag name it by `FlagValue::flag` (e.g. "invalid
/// value ... for --object-size"): each of those must be a flag of the command too.
#[test]
fn item4_settings_name_the_flag_that_was_typed() {
    let mut root = Cli::command();
    root.build();
    let global = ["--id", "a", "--conf", "c", "--keyring", "k", "--cluster", "c", "--connect-timeout", "5"];
    let global2 = ["--op-timeout", "5", "--retries", "1", "--retry-interval", "1"];
    let uuid = "457eb676-33da-42ec-9a8c-9293d545c337";
    let commands: Vec<Vec<&str>> = vec![
        vec!["image", "upload", "f", "--pool", "p", "--object-size", "4M", "--hash", "sha256", "--queue-depth", "2"],
        vec!["image", "upload", "f", "--chunk-size", "4M", "--features", "layering"],
        vec!["image", "download", "x", "--pool", "p", "--queue-depth", "2"],
        vec!["volume", "create", "v", "--object-size", "4M", "--features", "layering", "--pool", "p"],
        vec!["volume", "import", "f", "v", "--object-size", "4M", "--queue-depth", "2"],
        vec!["volume", "export", "v", "--queue-depth", "2"],
        vec!["volume", "clone", "a", "b", "--max-clone-depth", "2"],
        vec!["volume", "connection-info", "v", "--secret-uuid", uuid],
    ];
    let mut seen = 0;
    for cmd in commands {
        let argv: Vec<&str> = ["rbdctl"].into_iter().chain(global).chain(global2).chain(cmd.iter().copied()).collect();
        let cli = Cli::try_parse_from(&argv).unwrap_or_else(|e| panic!("{argv:?}: {e}"));
        let path: Vec<&str> = cmd.iter().copied().take_while(|w| !w.starts_with('-')).take(2).collect();
        let (on_cmd, on_root) = (flags_of(&root, &path.join(" ")), flags_of(&root, ""));
        for f in super::flags(&cli) {
            let flag = format!("--{}", f.flag.replace('_', "-"));
            assert!(on_cmd.contains(&flag) || on_root.contains(&flag), "{argv:?}: setting {} names {flag}", f.setting);
            seen += 1;
        }
    }
    assert!(seen > 40, "only {seen} flags checked");
}
