//! Finishes a Trunk build in `dist/` for deployment as a static site, and
//! offers the model on the command line (`summary`, `trace`). Native only.
//!
//! - [`page`]: HTML rewriting (loader out of the page, per-page social meta).
//! - [`preview`]: social preview images rendered from the model.
//! - [`build_site`]: the whole step, as `scripts/build` runs it.

pub mod oembed;
pub mod page;
pub mod preview;

use calf_pump_explain::day::DAY_PATH;
use calf_pump_explain::lang::{fill, Lang};
use calf_pump_explain::links::{embed_url, FOR_CLINICS_PATH};
use calf_pump_explain::narration::{card_description, card_title};
use calf_pump_explain::scenario::Scenario;
use calf_pump_explain::settings::BrandColour;
use calf_pump_explain::settings::PageSettings;
use calf_pump_explain::verdict::Verdict;
use calf_pump_model::{clinical_summary, standing_ankle_pressure_mmhg, LegCondition, Stockings};
use page::PageMeta;
use preview::CardNumbers;
use std::path::{Path, PathBuf};

const DAY_TITLE: &str = "My day — Calf Pump Explorer";
const DAY_DESCRIPTION: &str = "Lay out your day — sitting, standing, walking — and see what it does to the pressure and swelling in your ankle by evening.";
const CLINIC_TITLE: &str = "Put Calf Pump Explorer on your clinic's site";
const CLINIC_DESCRIPTION: &str = "Embed Calf Pump Explorer in your clinic's blog: your name, colour and booking button, and the code to paste.";

/// Where the site is and where it will be served from.
pub struct SiteOptions {
    pub dist: PathBuf,
    /// The public root URL, ending in `/`.
    pub site: String,
    /// A TrueType font for the preview images.
    pub font: PathBuf,
    /// The clinic's accent colour for the preview cards.
    pub brand: BrandColour,
}

/// FNV-1a, for a content hash in the loader's file name (cache busting).
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// The path part of the site URL (`/` or `/calf-pump/`), for absolute links
/// that work from every page of the site.
pub(crate) fn site_path(site: &str) -> &str {
    let after_scheme = site.split_once("://").map(|x| x.1).unwrap_or(site);
    after_scheme
        .find('/')
        .map(|i| &after_scheme[i..])
        .unwrap_or("/")
}

/// Finishes the page Trunk wrote at `dir/index.html` (`dir` relative to
/// the site root, `""` or `for-clinics/`) and returns it as the template for
/// that page: its inline loader moved into a `boot-<hash>.js` beside it and
/// deferred past the first paint, integrity hashes recomputed from the files
/// as they are now, and no inline script left for the CSP to block.
fn finish_trunk_page(o: &SiteOptions, dir: &str) -> Result<String, String> {
    let index_path = o.dist.join(dir).join("index.html");
    let trunk_html = std::fs::read_to_string(&index_path).map_err(|e| {
        format!(
            "reading {} ({e}): build the widget with `scripts/build` first",
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
            write(&o.dist.join(dir).join(&name), body.trim())?;
            let src = format!("{}{dir}{name}", site_path(&o.site));
            page::with_external_loader(&trunk_html, &src)?
        }
        None => trunk_html,
    };
    // Local files only: an href is a path under the site's path.
    let template = page::with_fresh_integrity(&template, |href| {
        let file = href
            .strip_prefix(site_path(&o.site))
            .or_else(|| href.strip_prefix('/'))?;
        std::fs::read(o.dist.join(file)).ok()
    })?;
    if page::has_inline_script(&template)? {
        return Err(format!(
            "an inline script is left in {}; the CSP would block it",
            index_path.display()
        ));
    }
    Ok(template)
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Finishes `dist/`: loader out of the page, social meta, and a page with
/// its own preview card per activity × leg (`/stairs/` for a healthy leg,
/// `/stairs/deep-reflux/`, …; see `Scenario::page_path`), plus `404.html`.
/// Prints one line per page.
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
    let template = finish_trunk_page(o, "")?;
    let clinic_template = finish_trunk_page(o, FOR_CLINICS_PATH)?;
    let day_template = finish_trunk_page(o, DAY_PATH)?;
    let previews = o.dist.join("previews");
    std::fs::create_dir_all(&previews).map_err(|e| e.to_string())?;
    let oembeds = o.dist.join("oembed");
    std::fs::create_dir_all(&oembeds).map_err(|e| e.to_string())?;
    // Writes a page's oEmbed JSON; returns its URL.
    let write_oembed = |name: &str, embed: &oembed::Embed| -> Result<String, String> {
        write(&oembeds.join(format!("{name}.json")), oembed::json(embed))?;
        Ok(format!("{}oembed/{name}.json", o.site))
    };

    let active = |activity, leg| clinical_summary(activity, leg, Stockings::None).avp_active_mmhg;
    // Each page in every language: `stairs/deep-reflux/`, `es/stairs/deep-reflux/`.
    let in_every_language = |page_path: &str| -> Vec<(Lang, String)> {
        Lang::ALL
            .iter()
            .map(|l| (*l, format!("{}{}{page_path}", o.site, l.page_prefix())))
            .collect()
    };
    // The words of every language the browser build does not carry, for the
    // page to fetch when a reader wants it (see `Lang::load`).
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::default()) {
        let file = lang
            .words_file()
            .ok_or("every language is built into build-site")?;
        let path = o.dist.join(lang.words_file_name());
        std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
        write(&path, file)?;
    }
    let mut roots = Vec::new();
    for lang in Lang::ALL {
        let w = lang.words();
        let prefix = lang.page_prefix();
        // File names of this language's previews and oEmbed files: `es-stairs`.
        let file_prefix = prefix.replace('/', "-");
        let settings = PageSettings {
            lang: Some(lang),
            ..PageSettings::default()
        };
        for scenario in Scenario::pages() {
            let (activity, leg) = (scenario.activity, scenario.leg);
            let summary = clinical_summary(activity, leg, Stockings::None);
            let standing_mmhg = standing_ankle_pressure_mmhg(leg, Stockings::None);
            let verdict = Verdict::from_model(activity, standing_mmhg, &summary);
            let numbers = CardNumbers {
                standing_mmhg,
                active_mmhg: summary.avp_active_mmhg,
                healthy_active_mmhg: active(activity, LegCondition::Healthy),
            };
            let page_path = scenario.page_path();
            let name = format!(
                "{file_prefix}{}",
                page_path.trim_end_matches('/').replace('/', "-")
            );
            let image_name = format!("{name}.png");
            let image_path = previews.join(&image_name);
            preview::render(&image_path, lang, activity, leg, &numbers, &o.brand)
                .map_err(|e| format!("rendering {}: {e}", image_path.display()))?;
            let description = card_description(
                lang,
                activity,
                leg,
                &verdict,
                numbers.standing_mmhg,
                numbers.active_mmhg,
                numbers.healthy_active_mmhg,
            );
            let url = format!("{}{prefix}{page_path}", o.site);
            let image = format!("{}previews/{image_name}", o.site);
            let player = embed_url(&o.site, &scenario, &settings);
            let title = card_title(lang, activity, leg);
            let oembed_url = write_oembed(
                &name,
                &oembed::Embed {
                    title: &title,
                    page_url: &url,
                    embed_url: &player,
                    image_url: &image,
                    site: &o.site,
                    lang,
                },
            )?;
            let meta = PageMeta {
                title: format!("{title} — {}", w.page_title),
                image_alt: fill(
                    lang.site_words().preview_image_alt,
                    &[("description", &description)],
                ),
                description,
                url,
                image,
                oembed: oembed_url,
                player,
                lang,
                alternates: in_every_language(&page_path),
            };
            let dir = o.dist.join(prefix).join(&page_path);
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            write(
                &dir.join("index.html"),
                page::with_meta(&template, &o.site, &meta)?,
            )?;
            println!("{prefix}{page_path}: {}", meta.description);
        }
        let root_image = format!("{}previews/{file_prefix}walking.png", o.site);
        let root_player = embed_url(&o.site, &Scenario::default(), &settings);
        let root_oembed = write_oembed(
            &format!("{file_prefix}index"),
            &oembed::Embed {
                title: w.page_title,
                page_url: &format!("{}{prefix}", o.site),
                embed_url: &root_player,
                image_url: &root_image,
                site: &o.site,
                lang,
            },
        )?;
        let root = PageMeta {
            title: w.page_document_title.to_string(),
            description: lang.site_words().site_description.to_string(),
            url: format!("{}{prefix}", o.site),
            image: root_image,
            image_alt: lang.site_words().preview_home_image_alt.to_string(),
            oembed: root_oembed,
            player: root_player,
            lang,
            alternates: in_every_language(""),
        };
        let dir = o.dist.join(prefix);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        write(
            &dir.join("index.html"),
            page::with_meta(&template, &o.site, &root)?,
        )?;
        roots.push(root);
    }
    let root = roots.swap_remove(0);
    let root_page = page::with_meta(&template, &o.site, &root)?;
    // Static hosts serve 404.html for an address they do not have: the
    // widget itself, which reads the mangled address and says what it could
    // not use.
    write(&o.dist.join("404.html"), &root_page)?;
    let clinic_page = PageMeta {
        title: CLINIC_TITLE.to_string(),
        description: CLINIC_DESCRIPTION.to_string(),
        url: format!("{}{FOR_CLINICS_PATH}", o.site),
        alternates: Vec::new(),
        ..root
    };
    write(
        &o.dist.join(FOR_CLINICS_PATH).join("index.html"),
        page::with_meta(&clinic_template, &o.site, &clinic_page)?,
    )?;
    let day_page = PageMeta {
        title: DAY_TITLE.to_string(),
        description: DAY_DESCRIPTION.to_string(),
        url: format!("{}{DAY_PATH}", o.site),
        ..clinic_page
    };
    write(
        &o.dist.join(DAY_PATH).join("index.html"),
        page::with_meta(&day_template, &o.site, &day_page)?,
    )?;
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
