//! rbdctl: Glance's RBD image store and Cinder's RBD volume driver as a library and a
//! command-line tool.
//!
//! Layers, each using only the ones listed before it:
//! 1. `types` (values operators type, parsed once), `error`, `signals`, `output`;
//! 2. `ceph` (the only `unsafe`: librados/librbd);
//! 3. `retry`, `mon`, `lineage`, `scan`, `manifest`, `integrity`, `transfer`, `endpoint`, `diffstream`, `inspect`, `convert` (what both families share);
//! 4. `image` (Glance) and `volume` (Cinder), which never import each other;
//! 5. `config` (settings and their sources) and `cli` (clap, the only layer that knows it).
//!
//! `tests::layering` fails when an import points up or across.
#![deny(unsafe_code)]

#[allow(unsafe_code)]
pub mod ceph;
pub mod cli;
pub mod config;
pub mod convert;
pub mod diffstream;
pub mod endpoint;
pub mod error;
pub mod image;
pub mod inspect;
pub mod integrity;
pub mod lineage;
pub mod manifest;
pub mod mon;
pub mod output;
pub mod retry;
pub mod scan;
pub mod signals;
pub mod transfer;
pub mod types;
pub mod volume;

/// The layering rules of the list above, checked on the source: a test, so breaking
/// them fails the suite rather than a review.
#[cfg(test)]
mod layering {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    type Graph = BTreeMap<String, BTreeSet<String>>;

    const MODULES: &[&str] = &[
        "ceph",
        "cli",
        "config",
        "convert",
        "diffstream",
        "endpoint",
        "inspect",
        "integrity",
        "error",
        "image",
        "lineage",
        "manifest",
        "mon",
        "output",
        "retry",
        "scan",
        "signals",
        "transfer",
        "types",
        "volume",
    ];

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// Add the edges of one file of top-level module `from`: every `crate::<module>`.
    fn add_edges(g: &mut Graph, from: &str, text: &str) {
        let uses = g.entry(from.to_string()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if MODULES.contains(&name.as_str()) && name != from {
                uses.insert(name);
            }
        }
    }

    /// Top-level module → the top-level modules its code names, read from src/.
    fn graph() -> Graph {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![];
        rust_files(&src, &mut files);
        let mut g = Graph::new();
        for file in files {
            let rel = file.strip_prefix(&src).unwrap();
            let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
            let from = first.trim_end_matches(".rs");
            if MODULES.contains(&from) {
                add_edges(&mut g, from, &std::fs::read_to_string(&file).unwrap());
            }
        }
        g
    }

    /// Every broken rule: image/volume reaching up (cli, config) or across, anything
    /// but main reaching the CLI.
    fn violations(g: &Graph) -> Vec<String> {
        let mut out = vec![];
        for (module, uses) in g {
            for used in uses {
                let up = ["image", "volume"].contains(&module.as_str()) && ["cli", "config"].contains(&used.as_str());
                let across = (module == "image" && used == "volume") || (module == "volume" && used == "image");
                if up || across || used == "cli" {
                    out.push(format!("{module} imports crate::{used}"));
                }
            }
        }
        out
    }

    /// A cycle, if there is one, as the path that closes it.
    fn cycle(g: &Graph) -> Option<Vec<String>> {
        fn visit(n: &str, g: &Graph, colour: &mut BTreeMap<String, u8>, path: &mut Vec<String>) -> Option<Vec<String>> {
            match colour.get(n) {
                Some(2) => return None,
                Some(_) => return Some([path.clone(), vec![n.to_string()]].concat()),
                None => {}
            }
            colour.insert(n.to_string(), 1);
            path.push(n.to_string());
            for m in g.get(n).into_iter().flatten() {
                if let Some(c) = visit(m, g, colour, path) {
                    return Some(c);
                }
            }
            path.pop();
            colour.insert(n.to_string(), 2);
            None
        }
        let mut colour = BTreeMap::new();
        g.keys().find_map(|n| visit(n, g, &mut colour, &mut vec![]))
    }

    #[test]
    fn image_and_volume_never_reach_up_or_across() {
        let g = graph();
        assert!(g["cli"].contains("image") && g["volume"].contains("ceph"), "the scan sees real edges: {g:?}");
        assert_eq!(violations(&g), Vec::<String>::new());
    }

    #[test]
    fn the_module_graph_has_no_cycle() {
        assert_eq!(cycle(&graph()), None);
    }

    #[test]
    fn the_rules_catch_what_they_are_for() {
        let mut g = Graph::new();
        add_edges(&mut g, "volume", "use crate::image::Location; use crate::config::Settings;");
        add_edges(&mut g, "image", "use crate::lineage::Layout;");
        add_edges(&mut g, "lineage", "fn f() { crate::image::SNAP; }");
        assert_eq!(violations(&g), ["volume imports crate::config", "volume imports crate::image"]);
        let c = cycle(&g).expect("image -> lineage -> image");
        assert_eq!((c.first(), c.last()), (Some(&"image".to_string()), Some(&"image".to_string())));
    }
}
