//! Components mounted into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]

use calf_pump::widget::app::{App, AppProps};
use calf_pump::widget::state::{Action, AppState, LinkNotice};
use calf_pump::PageLang;
use calf_pump_links::names::LinkName;
use calf_pump_links::scenario::Scenario;
use calf_pump_model::{Activity, LegCondition, Stockings};
use calf_pump_words::Lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the whole widget into a fresh div and returns it.
async fn mount_app(query: &str) -> web_sys::Element {
    let w = web_sys::window().unwrap();
    // The widget moves the address to its scenario's page (`/walking/`):
    // each test starts again from the harness page's own path.
    thread_local! {
        static HARNESS_PATH: String = web_sys::window().unwrap().location().pathname().unwrap();
    }
    let path = HARNESS_PATH.with(|p| p.clone());
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    let page = PageLang {
        lang: calf_pump::hooks::page_language(),
        missing: None,
    };
    yew::Renderer::<App>::with_root_and_props(div.clone(), AppProps { page }).render();
    yew::scheduler::flush().await;
    div
}

fn find(root: &web_sys::Element, testid: &str) -> web_sys::Element {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

/// Resolves on the browser's next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls `condition` once a frame until it holds or `deadline_ms` of wall time pass.
async fn eventually(deadline_ms: f64, mut condition: impl FnMut() -> bool) -> bool {
    let performance = web_sys::window().unwrap().performance().unwrap();
    let end = performance.now() + deadline_ms;
    loop {
        yew::scheduler::flush().await;
        if condition() {
            return true;
        }
        if performance.now() > end {
            return false;
        }
        next_frame().await;
    }
}

#[wasm_bindgen_test]
async fn the_widget_mounts_with_numeric_readouts_and_every_activity() {
    let root = mount_app("").await;
    for id in ["ankle-pressure", "venous-return"] {
        let v: f64 = find(&root, id)
            .get_attribute("data-value")
            .unwrap()
            .parse()
            .unwrap();
        assert!(v.is_finite() && v > 0.0, "{id} = {v}");
    }
    for activity in Activity::ALL {
        find(&root, &format!("activity-{}", activity.link_name()));
    }
    assert!(find(&root, "narration")
        .text_content()
        .unwrap()
        .contains("calf"));
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_walking_updates_the_link_and_the_narration() {
    let root = mount_app("").await;
    let walking: web_sys::HtmlElement = find(&root, "activity-walking").dyn_into().unwrap();
    walking.click();
    yew::scheduler::flush().await;
    // The address bar moves to the walking page (see `Scenario::page_path`).
    let location = web_sys::window().unwrap().location();
    assert!(
        location.pathname().unwrap().ends_with("/walking/"),
        "{:?}",
        location.pathname()
    );
    assert_eq!(location.search().unwrap(), "");
    assert!(find(&root, "narration")
        .text_content()
        .unwrap()
        .contains("Each step"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_shared_link_restores_its_scenario() {
    let root = mount_app("activity=stairs&leg=deep-reflux&stockings=20-30").await;
    let checked = |id: &str| {
        find(&root, id)
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .checked()
    };
    assert!(checked("activity-stairs"));
    let chosen = |id: &str| {
        find(&root, id)
            .dyn_into::<web_sys::HtmlSelectElement>()
            .unwrap()
            .value()
    };
    assert_eq!(chosen("leg-select"), "deep-reflux");
    assert_eq!(chosen("stockings-select"), "20-30");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_mangled_link_shows_a_notice_and_a_working_default() {
    let root = mount_app("activity=flying&leg=healthy").await;
    let notice = find(&root, "link-notice").text_content().unwrap();
    assert!(notice.contains("activity \"flying\""), "{notice}");
    assert!(find(&root, "activity-standing")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .checked());
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_walking_lowers_the_ankle_pressure_readout_within_seconds() {
    let root = mount_app("activity=standing").await;
    let read = || -> f64 {
        find(&root, "ankle-pressure")
            .get_attribute("data-value")
            .unwrap()
            .parse()
            .unwrap()
    };
    let start = read();
    find(&root, "activity-walking")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    let fell = eventually(15_000.0, || read() < start - 20.0).await;
    assert!(fell, "ankle pressure {start} → {}", read());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_link_to_walking_opens_on_the_walking_number() {
    // The activity is already under way: the first number is walking's, not standing's.
    let root = mount_app("activity=walking").await;
    let first: f64 = find(&root, "ankle-pressure")
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap();
    assert!(first < 40.0, "opened at {first} mmHg");
    root.remove();
}

#[wasm_bindgen_test]
fn the_reducer_handles_every_action() {
    let s = Rc::new(AppState::new(Scenario::default(), None, false));
    let s = s.reduce(Action::SetActivity(Activity::Swimming));
    let s = s.reduce(Action::SetLeg(LegCondition::WeakCalf));
    let s = s.reduce(Action::SetStockings(Stockings::Class30to40));
    assert_eq!(
        s.scenario.to_query(),
        "activity=swimming&leg=weak-calf&stockings=30-40"
    );
    let s = s.reduce(Action::TogglePlaying);
    assert!(!s.playing);
    // Picking an activity resumes a paused widget.
    let s = s.reduce(Action::SetActivity(Activity::Walking));
    assert!(s.playing);
    let s = s.reduce(Action::SetSpeed(5));
    assert_eq!(s.speed, 5);
    let s = s.reduce(Action::SetSpeed(7));
    assert_eq!(s.speed, 1, "unknown speeds fall back to 1×");
    let g = s.generation;
    let s = s.reduce(Action::Reset);
    assert_eq!(s.generation, g + 1);
    let s = s.reduce(Action::ToggleCompare);
    assert!(s.compare);
    assert!(LinkNotice::of(vec![], vec![]).is_none());
    let (_, problems) = Scenario::from_query_lenient("leg=leaky");
    let s = Rc::new(AppState::new(
        Scenario::default(),
        LinkNotice::of(problems, vec![]),
        false,
    ));
    assert!(s.notice.is_some());
    assert!(s.reduce(Action::DismissNotice).notice.is_none());
}

#[wasm_bindgen_test]
async fn a_language_whose_words_cannot_be_fetched_keeps_english_and_says_so() {
    // The test page serves no words file: choosing Spanish fails as it would offline.
    let root = mount_app("activity=walking").await;
    let spanish: web_sys::HtmlElement = find(&root, "lang-es").dyn_into().unwrap();
    spanish.click();
    let said = eventually(10_000.0, || {
        root.query_selector("[data-testid=\"link-notice\"]")
            .unwrap()
            .and_then(|n| n.text_content())
            .is_some_and(|t| t.contains("Español could not be loaded"))
    })
    .await;
    assert!(said, "no notice about Spanish");
    assert_eq!(
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some(Lang::En.code())
    );
    assert!(find(&root, "narration")
        .text_content()
        .unwrap()
        .contains("calf"));
    root.remove();
}
