//! Calf Pump Explorer's browser widget: Yew components over the model, a
//! thin layer that runs `calf_pump_model` through `calf_pump_explain`'s live
//! session and draws it. Compiled only for the browser (`wasm32`).
//!
//! - [`app`]: the layout, link sync and settings; [`state`]: the reducer.
//! - [`hooks`]: the session, animation frames, page visibility, on-screen.
//! - [`components`]: one component per file, each with one job.
//! - [`browser`]: wrappers over browser APIs that degrade instead of panicking.
#![cfg(target_arch = "wasm32")]

pub mod app;
pub mod browser;
pub mod components;
pub mod day_planner;
pub mod for_clinics;
pub mod hooks;
pub mod state;

/// Talc instead of Rust's default dlmalloc: the same job in about 5 KB less
/// WebAssembly (measured in BENCHMARKS.md), and faster. Growing in place is
/// turned off, which saves more bytes; the widget's allocations are small.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the widget into `#calf-pump` (or the body if the page has no such element).
pub fn start() {
    // `view=day` links open the day planner, which is its own page.
    let query = browser::query_string();
    if calf_pump_explain::day::wants_planner(&query) {
        let path = calf_pump_explain::day::DAY_PATH;
        browser::open_instead(&format!("{}{path}?{query}", browser::site_path()));
        return;
    }
    // A language other than English: its words first (the loading screen
    // stays up meanwhile; on a Spanish page the fetch is already preloaded).
    let lang = app::language_from_page();
    wasm_bindgen_futures::spawn_local(async move {
        browser::words_ready(lang).await;
        mount_with::<app::App>(app::AppProps { lang });
    });
}

/// Mounts the clinic page (`/for-clinics/`) the same way.
pub fn start_for_clinics() {
    mount::<for_clinics::ForClinics>();
}

/// Mounts the day planner page (`/day/`) the same way.
pub fn start_day_planner() {
    let lang = app::language_from_page();
    wasm_bindgen_futures::spawn_local(async move {
        browser::words_ready(lang).await;
        mount_with::<day_planner::DayPlanner>(day_planner::DayPlannerProps { lang });
    });
}

fn mount<C: yew::BaseComponent<Properties = ()>>() {
    mount_with::<C>(());
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
