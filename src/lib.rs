//! Calf Pump Explorer's browser pages: Yew components over the model, a thin
//! layer that runs `calf_pump_session`'s live run and draws it. Compiled only
//! for the browser (`wasm32`). One folder per page, each its own build:
//!
//! - [`widget`]: the live widget (every scenario page): layout, its state, its parts.
//! - [`planner`]: the day planner (`/day/`).
//! - [`clinic`]: the clinic page (`/for-clinics/`), which writes the embed code.
//! - [`components`] and [`hooks`]: what more than one page uses.
//! - [`browser`]: wrappers over browser APIs that degrade instead of panicking.
#![cfg(target_arch = "wasm32")]

pub mod browser;
pub mod clinic;
pub mod components;
pub mod hooks;
pub mod planner;
pub mod widget;

use calf_pump_links::settings::BrandColour;
use calf_pump_words::Lang;

/// A clinic's colour as the page's CSS variables: fills (buttons, the
/// chosen chip) in the colour as chosen, with text on them that reads;
/// words and lines in its readable shade (4.5:1 on white), whatever was
/// chosen.
pub fn brand_style(brand: &BrandColour) -> String {
    let readable = brand.readable_on_white();
    format!(
        "--brand: {}; --brand-ink: {}; --brand-fill: {}; --brand-fill-ink: {};",
        readable.as_str(),
        readable.ink(),
        brand.as_str(),
        brand.ink()
    )
}

/// Talc instead of Rust's default dlmalloc: the same job in about 5 KB less
/// WebAssembly (measured in BENCHMARKS.md), and faster. Growing in place is
/// turned off, which saves more bytes; the widget's allocations are small.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The language a page opens in: the one the link or the browser asked
/// for, once its words are here; else English, with the language that could
/// not be fetched, for the notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageLang {
    pub lang: Lang,
    /// A language the page asked for but could not fetch the words of.
    pub missing: Option<Lang>,
}

/// Fetches the words of the language the page asks for ([`hooks::page_language`]),
/// then mounts `C` with them: the loading screen stays up meanwhile (on a
/// page in that language the fetch is already preloaded). Every page starts
/// this one way.
fn mount_in_language<C: yew::BaseComponent>(
    props: impl FnOnce(PageLang) -> C::Properties + 'static,
) {
    // A clinic's copy carries its settings in the page (see `crates/site`).
    if let Some(copy) = browser::meta_content("calf-pump-settings") {
        calf_pump_links::settings::PageSettings::set_copy(&copy);
    }
    let wanted = hooks::page_language();
    wasm_bindgen_futures::spawn_local(async move {
        let page = if browser::words_ready(wanted).await {
            PageLang {
                lang: wanted,
                missing: None,
            }
        } else {
            PageLang {
                lang: Lang::default(),
                missing: Some(wanted),
            }
        };
        mount_with::<C>(props(page));
    });
}

/// Mounts the widget into `#calf-pump` (or the body if the page has no such element).
pub fn start() {
    // `view=day` links open the day planner, which is its own page.
    let query = browser::query_string();
    if calf_pump_links::day::wants_planner(&query) {
        let path = calf_pump_links::day::DAY_PATH;
        browser::open_instead(&format!("{}{path}?{query}", browser::site_path()));
        return;
    }
    // `print=1`: the page's lesson (in the page itself) is the handout.
    if calf_pump_links::urls::wants_print(&query) {
        browser::print_page();
    }
    mount_in_language::<widget::app::App>(|page| widget::app::AppProps { page });
}

/// Mounts the clinic page (`/for-clinics/`) the same way.
pub fn start_for_clinics() {
    mount_in_language::<clinic::ForClinics>(|page| clinic::ForClinicsProps { page });
}

/// Mounts the day planner page (`/day/`) the same way.
pub fn start_day_planner() {
    mount_in_language::<planner::DayPlanner>(|page| planner::DayPlannerProps { page });
}

fn mount_with<C: yew::BaseComponent>(props: C::Properties) {
    let root = browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("calf-pump"));
    match root {
        Some(element) => {
            yew::Renderer::<C>::with_root_and_props(element, props).render();
        }
        None => {
            yew::Renderer::<C>::with_props(props).render();
        }
    }
}
