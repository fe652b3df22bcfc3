//! Finishes a Trunk build in `dist/` for deployment as a static site, and
//! offers the model on the command line (`summary`, `trace`). Native only.
//!
//! - [`page`]: HTML rewriting (loader out of the page, per-page social meta).
//! - [`preview`]: social preview images rendered from the model.
//! - [`build_site`]: the whole step, as `scripts/build` runs it.

pub mod page;
pub mod preview;

use calf_pump_explain::narration::{activity_label, narration};
use calf_pump_explain::scenario::activity_name;
use calf_pump_model::{Activity, LegCondition, Stockings};
use page::PageMeta;
use std::path::{Path, PathBuf};

const SITE_NAME: &str = "Calf Pump Explorer";
const ROOT_TITLE: &str = "Calf Pump Explorer — how your calf muscle pumps blood back to your heart";
const ROOT_DESCRIPTION: &str = "An interactive model of the calf muscle pump: see how walking, stairs, cycling and swimming lower the pressure in your leg veins, and what leaky valves and compression stockings do.";

/// Where the site is and where it will be served from.
pub struct SiteOptions {
    pub dist: PathBuf,
    /// The public root URL, ending in `/`.
    pub site: String,
    /// A TrueType font for the preview images.
    pub font: PathBuf,
}

/// FNV-1a, for a content hash in the loader's file name (cache busting).
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// The path part of the site URL (`/` or `/calf-pump/`), for absolute links
/// that work from every page of the site.
fn site_path(site: &str) -> &str {
    let after_scheme = site.split_once("://").map(|x| x.1).unwrap_or(site);
    after_scheme
        .find('/')
        .map(|i| &after_scheme[i..])
        .unwrap_or("/")
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Finishes `dist/`: loader out of the page, social meta, a preview image and
/// a page per activity (`/walking/`, `/stairs/`, …). Prints one line per page.
pub fn build_site(o: &SiteOptions) -> Result<(), String> {
    let font: &'static [u8] = Box::leak(
        std::fs::read(&o.font)
            .map_err(|e| {
                format!(
                    "reading the font {} ({e}): run `npm ci` first",
                    o.font.display()
                )
            })?
            .into_boxed_slice(),
    );
    plotters::style::register_font("sans-serif", plotters::style::FontStyle::Normal, font)
        .map_err(|_| "the font file is not a usable TrueType font")?;
    let index_path = o.dist.join("index.html");
    let trunk_html = std::fs::read_to_string(&index_path).map_err(|e| {
        format!(
            "reading {} ({e}): build the widget with `trunk build --release` first",
            index_path.display()
        )
    })?;
    if trunk_html.contains("calf-pump:site") {
        return Err(format!(
            "{} was already finished; run `trunk build` again first",
            index_path.display()
        ));
    }
    let template = match page::inline_loader(&trunk_html)? {
        Some(body) => {
            let body = page::deferred_loader(&body)?;
            let name = format!("boot-{:016x}.js", fnv64(body.as_bytes()));
            write(&o.dist.join(&name), body.trim())?;
            page::with_external_loader(&trunk_html, &format!("{}{name}", site_path(&o.site)))?
        }
        None => trunk_html,
    };
    if page::has_inline_script(&template)? {
        return Err("an inline script is left in the page; the CSP would block it".into());
    }
    let previews = o.dist.join("previews");
    std::fs::create_dir_all(&previews).map_err(|e| e.to_string())?;

    for activity in Activity::ALL {
        let name = activity_name(activity);
        let image_path = previews.join(format!("{name}.png"));
        let headline = preview::render(&image_path, activity)
            .map_err(|e| format!("rendering {}: {e}", image_path.display()))?;
        let meta = PageMeta {
            title: format!("{} — {SITE_NAME}", activity_label(activity)),
            description: narration(activity, LegCondition::Healthy, Stockings::None),
            url: format!("{}{name}/", o.site),
            image: format!("{}previews/{name}.png", o.site),
            image_alt: format!("Chart: {headline}, compared with standing still."),
            scenario: Some(format!("activity={name}")),
        };
        let dir = o.dist.join(name);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        write(
            &dir.join("index.html"),
            page::with_meta(&template, &o.site, &meta)?,
        )?;
        println!("{name}: {headline}");
    }
    let root = PageMeta {
        title: ROOT_TITLE.to_string(),
        description: ROOT_DESCRIPTION.to_string(),
        url: o.site.clone(),
        image: format!("{}previews/walking.png", o.site),
        image_alt: "Chart: walking lowers the pressure in an ankle vein far below standing still."
            .to_string(),
        scenario: None,
    };
    write(&index_path, page::with_meta(&template, &o.site, &root)?)?;
    println!("site finished in {} for {}", o.dist.display(), o.site);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::site_path;

    #[test]
    fn the_site_path_is_what_follows_the_host() {
        assert_eq!(
            site_path("https://clinic.example/calf-pump/"),
            "/calf-pump/"
        );
        assert_eq!(site_path("http://127.0.0.1:8080/"), "/");
        assert_eq!(site_path("https://clinic.example"), "/");
    }
}
