//! The browser widget: Yew components over the model. Each file has one job.

pub mod app;
pub mod browser;
pub mod chart;
pub mod controls;
pub mod diagram;
pub mod readouts;
pub mod share;
pub mod simulator;
pub mod state;

/// Mounts the widget into `#calf-pump` (or the body if the page has no such element).
pub fn start() {
    let root = browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("calf-pump"));
    match root {
        Some(element) => {
            yew::Renderer::<app::App>::with_root(element).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
