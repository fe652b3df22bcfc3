//! Finishes a Trunk build in `dist/` for deployment (see `calf_pump_site::build_site`).
//!
//! `cargo run --release -p calf-pump-site --bin build-site -- --dist dist --site https://clinic.example/calf-pump/ [--brand '#0b6e4f']`
//!
//! A clinic's own copy: `--clinic clinic.toml` (its `site` is the copy's
//! address); `--from DIR` first copies a Trunk build kept in DIR to `--dist`
//! (so one build makes any number of copies); `--print-site` only prints
//! the address the copy is built for (what `scripts/build` gives Trunk).

use calf_pump_links::settings::{BrandColour, DEFAULT_BRAND};
use calf_pump_site::clinic::ClinicCopy;
use calf_pump_site::{build_site, copy_dir, SiteOptions};
use std::path::PathBuf;
use std::process::ExitCode;

/// What to do: the options, the Trunk build to start from, and whether
/// only to print the site's address.
struct Run {
    options: SiteOptions,
    from: Option<PathBuf>,
    print_site: bool,
}

fn options() -> Result<Run, String> {
    let mut from = None;
    let mut print_site = false;
    let mut o = SiteOptions {
        dist: PathBuf::from("dist"),
        site: std::env::var("CALF_PUMP_SITE_URL")
            .unwrap_or_else(|_| "http://127.0.0.1:8080/".into()),
        font: PathBuf::from("node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
        guide: PathBuf::from("docs/for-clinics.md"),
        brand: BrandColour::parse(DEFAULT_BRAND).expect("the default brand colour parses"),
        clinic: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--print-site" {
            print_site = true;
            continue;
        }
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--clinic" => {
                let text = std::fs::read_to_string(&value)
                    .map_err(|e| format!("reading {value}: {e}"))?;
                o.clinic = Some(ClinicCopy::parse(&text)?);
            }
            "--from" => from = Some(PathBuf::from(value)),
            "--dist" => o.dist = value.into(),
            "--site" => o.site = value,
            "--font" => o.font = value.into(),
            "--guide" => o.guide = value.into(),
            "--brand" => {
                o.brand = BrandColour::parse(&value).ok_or(format!(
                    "--brand must be a colour like #1d4e89, not '{value}'"
                ))?
            }
            _ => {
                return Err(format!(
                    "unknown option {flag} (use --dist, --site, --font, --guide, --brand, --clinic, --from, --print-site)"
                ))
            }
        }
    }
    // A clinic's copy is built for its own address and in its colour.
    if let Some(c) = &o.clinic {
        o.site = c.site.clone();
        o.brand = c.colour.clone();
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
    Ok(Run {
        options: o,
        from,
        print_site,
    })
}

fn run(r: Run) -> Result<(), String> {
    if r.print_site {
        println!("{}", r.options.site);
        return Ok(());
    }
    if let Some(from) = &r.from {
        copy_dir(from, &r.options.dist)?;
    }
    build_site(&r.options)
}

fn main() -> ExitCode {
    match options().and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build-site: {e}");
            ExitCode::FAILURE
        }
    }
}
