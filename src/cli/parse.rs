//! clap value parsers for rbdctl's value types: each argument becomes its type at the
//! boundary, so an invalid value is a usage error (exit 2) naming the flag, and nothing
//! downstream parses a string again.

use crate::error::Error;
use clap::builder::{OsStringValueParser, PossibleValuesParser, TypedValueParser};
use std::str::FromStr;

/// Any `FromStr` value type. argv may not be UTF-8; say which argument and why, in one
/// line (clap's own message for that is several lines and names no rule).
pub fn typed<T>(what: &'static str) -> impl TypedValueParser<Value = T>
where
    T: FromStr<Err = Error> + Clone + Send + Sync + 'static,
{
    OsStringValueParser::new().try_map(move |raw| {
        let text = raw
            .into_string()
            .map_err(|raw| Error::invalid(format!("invalid {what} {raw:?}: it is not valid UTF-8")))?;
        text.parse::<T>()
    })
}

/// A word from a fixed list, shown as `[possible values: ...]` in help and completions.
pub fn choice<T>(names: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: FromStr<Err = Error> + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(names).try_map(|word| word.parse::<T>())
}

/// `--disk-format`: `auto` or a Glance disk_format name.
pub fn disk_format() -> impl TypedValueParser<Value = crate::inspect::Declared> {
    use crate::inspect::Declared;
    PossibleValuesParser::new(Declared::NAMES).try_map(|word| word.parse::<Declared>().map_err(Error::invalid))
}
