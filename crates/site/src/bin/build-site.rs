//! Finishes a Trunk build in `dist/` for deployment (see `calf_pump_site::build_site`).
//!
//! `cargo run --release -p calf-pump-site --bin build-site -- --dist dist --site https://clinic.example/calf-pump/ [--brand '#0b6e4f']`

use calf_pump_links::settings::{BrandColour, DEFAULT_BRAND};
use calf_pump_site::{build_site, SiteOptions};
use std::path::PathBuf;
use std::process::ExitCode;

fn options() -> Result<SiteOptions, String> {
    let mut o = SiteOptions {
        dist: PathBuf::from("dist"),
        site: std::env::var("CALF_PUMP_SITE_URL")
            .unwrap_or_else(|_| "http://127.0.0.1:8080/".into()),
        font: PathBuf::from("node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
        brand: BrandColour::parse(DEFAULT_BRAND).expect("the default brand colour parses"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => o.dist = value.into(),
            "--site" => o.site = value,
            "--font" => o.font = value.into(),
            "--brand" => {
                o.brand = BrandColour::parse(&value).ok_or(format!(
                    "--brand must be a colour like #1d4e89, not '{value}'"
                ))?
            }
            _ => {
                return Err(format!(
                    "unknown option {flag} (use --dist, --site, --font, --brand)"
                ))
            }
        }
    }
    if !(o.site.starts_with("https://") || o.site.starts_with("http://")) {
        return Err(format!(
            "--site must be an absolute http(s) URL, not '{}'",
            o.site
        ));
    }
    if !o.site.ends_with('/') {
        o.site.push('/');
    }
    Ok(o)
}

fn main() -> ExitCode {
    match options().and_then(|o| build_site(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build-site: {e}");
            ExitCode::FAILURE
        }
    }
}
