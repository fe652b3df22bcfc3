//! The live widget's hooks, each owning one effect: the session, the
//! clinical summary computed off the first paint, the charts' canvases, the
//! animation loop that turns the session into a frame's view, the downloads,
//! and what the widget tells the page around it (address bar, iframe height).

use super::charts::{paint, Charts, Which};
use crate::browser;
use crate::components::chart::{stacked_png, ChartCanvas};
use crate::hooks::{use_animation_frame, use_on_screen, use_page_visible};
use calf_pump_explain::verdict::Judged;
use calf_pump_links::scenario::Scenario;
use calf_pump_session::{ActivityChange, LegPicture, Readings, Session, Start};
use calf_pump_words::Lang;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// Diagram refresh interval (ms); every 2 s under reduced motion.
const DIAGRAM_EVERY_MS: f64 = 33.0;
const DIAGRAM_REDUCED_MOTION_EVERY_MS: f64 = 2000.0;
/// Readout refresh interval (ms).
const READINGS_EVERY_MS: f64 = 250.0;
/// Longest wall-clock gap one frame may simulate (ms): a stalled tab resumes smoothly.
const MAX_FRAME_MS: f64 = 100.0;

/// The live session for a scenario: created once, carried on from the
/// current blood volumes when the scenario or compare mode changes, and
/// started afresh only when `generation` (bumped by Reset) changes.
#[hook]
pub fn use_session(scenario: Scenario, compare: bool, generation: u32) -> Rc<RefCell<Session>> {
    let fresh = move |start| {
        let mut s = Session::new(scenario, start);
        s.set_compare(compare);
        s
    };
    // Opened from a link, the activity is already under way; Reset starts
    // it from rest, so the reader sees the pump bring the pressure down.
    let session = use_mut_ref(|| fresh(Start::UnderWay));
    let built_for = use_mut_ref(|| generation);
    if *built_for.borrow() != generation {
        *built_for.borrow_mut() = generation;
        *session.borrow_mut() = fresh(Start::FromRest);
    }
    {
        let mut s = session.borrow_mut();
        if s.scenario() != scenario {
            s.apply(scenario);
        }
        if s.comparing() != compare {
            s.set_compare(compare);
        }
    }
    session
}

/// The model's judgement of `scenario` (its clinical summary, a healthy
/// leg's doing the same, the verdicts). The scenario the widget opens on is
/// judged before the first paint (about 7 ms), so the widget opens on the
/// words and number the page's own lesson already showed, with nothing
/// moving; a change is judged after the paint that shows it (`None`
/// meanwhile). A reader who switches again before it is done gets the newer one.
#[hook]
pub fn use_judged(scenario: Scenario) -> Option<Judged> {
    let judged = use_state(|| {
        Some(Judged::of(
            scenario.activity,
            scenario.leg,
            scenario.stockings,
        ))
    });
    let latest = use_mut_ref(|| scenario);
    *latest.borrow_mut() = scenario;
    let opening = use_mut_ref(|| true);
    {
        let judged = judged.setter();
        use_effect_with(scenario, move |s| {
            // The opening scenario is judged already.
            if std::mem::replace(&mut *opening.borrow_mut(), false) {
                return;
            }
            let s = *s;
            judged.set(None);
            browser::after_paint(move || {
                if *latest.borrow() == s {
                    judged.set(Some(Judged::of(s.activity, s.leg, s.stockings)));
                }
            });
        });
    }
    *judged
}

/// The two charts' canvases (axes and lines each): the refs to put on the
/// elements, and the painters once they exist.
#[derive(Clone)]
pub struct ChartRefs {
    pub pressure: (NodeRef, NodeRef),
    pub flow: (NodeRef, NodeRef),
    charts: Rc<RefCell<Option<Charts>>>,
}

impl PartialEq for ChartRefs {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.charts, &other.charts)
    }
}

impl ChartRefs {
    fn paint(&self, session: &Session, lang: Lang, which: Which) {
        if let Some(c) = self.charts.borrow_mut().as_mut() {
            paint(c, session, lang, which);
        }
    }
}

/// Finds the canvases once they are in the page and paints the settled leg
/// at once: the ankle-pressure chart first, the flow chart once that is on
/// screen.
#[hook]
pub fn use_charts(session: Rc<RefCell<Session>>, lang: Lang) -> ChartRefs {
    let refs = ChartRefs {
        pressure: (use_node_ref(), use_node_ref()),
        flow: (use_node_ref(), use_node_ref()),
        charts: use_mut_ref(|| None),
    };
    {
        let refs = refs.clone();
        use_effect_with((), move |_| {
            let canvas = |r: &NodeRef| r.cast::<web_sys::HtmlCanvasElement>();
            let canvases = (
                canvas(&refs.pressure.0),
                canvas(&refs.pressure.1),
                canvas(&refs.flow.0),
                canvas(&refs.flow.1),
            );
            if let (Some(a), Some(b), Some(c), Some(d)) = canvases {
                *refs.charts.borrow_mut() = Some(Charts {
                    pressure: ChartCanvas::new(a, b),
                    flow: ChartCanvas::new(c, d),
                });
                refs.paint(&session.borrow(), lang, Which::Pressure);
                browser::after_paint(move || refs.paint(&session.borrow(), lang, Which::Both));
            }
        });
    }
    refs
}

/// What the parts of the widget show this frame.
#[derive(Clone)]
pub struct LiveView {
    /// The reader's leg, and the healthy leg in compare mode.
    pub pictures: (LegPicture, Option<LegPicture>),
    pub readings: Readings,
    /// What the last switch of activity did, once it has settled.
    pub change: Option<ActivityChange>,
}

/// When the diagram and the readouts were last refreshed (ms timestamps).
#[derive(Default)]
struct Refreshed {
    diagram: Cell<f64>,
    readings: Cell<f64>,
}

fn pictures(session: &Session) -> (LegPicture, Option<LegPicture>) {
    (
        LegPicture::of(session.reader().simulation()),
        session.healthy().map(|h| LegPicture::of(h.simulation())),
    )
}

/// How the widget is playing.
#[derive(Clone, Copy, PartialEq)]
pub struct Playing {
    pub playing: bool,
    pub speed: u32,
    pub generation: u32,
    pub compare: bool,
    pub reduced_motion: bool,
}

/// The animation loop, only while playing, on screen and in a visible tab:
/// steps the session, paints the charts every frame, and hands the diagram
/// (~30 Hz) and the readouts (4 Hz) their view. While paused, after Reset
/// or a switch of compare or language, shows the state as it is.
#[hook]
pub fn use_live_view(
    session: Rc<RefCell<Session>>,
    charts: ChartRefs,
    playing: Playing,
    lang: Lang,
    root: NodeRef,
    scenario: Scenario,
) -> LiveView {
    let view = use_state(|| LiveView {
        pictures: pictures(&session.borrow()),
        readings: Readings::of(&session.borrow()),
        change: None,
    });
    {
        // A new leg, stockings or activity: the last "what changed" is
        // about a leg that is no longer on screen.
        let (view, mounted) = (view.clone(), use_mut_ref(|| false));
        use_effect_with(scenario, move |_| {
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                view.set(LiveView {
                    change: None,
                    ..(*view).clone()
                });
            }
        });
    }
    let on_screen = use_on_screen(root);
    let visible = use_page_visible();
    {
        let (session, charts, view) = (session.clone(), charts.clone(), view.clone());
        let mounted = use_mut_ref(|| false);
        let key = (playing.playing, playing.generation, playing.compare, lang);
        use_effect_with(key, move |_| {
            // Not on mount: `use_charts` has just painted.
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                let s = session.borrow();
                charts.paint(&s, lang, Which::Both);
                view.set(LiveView {
                    pictures: pictures(&s),
                    readings: Readings::of(&s),
                    change: view.change,
                });
            }
        });
    }
    let refreshed = use_mut_ref(Refreshed::default);
    let diagram_every = if playing.reduced_motion {
        DIAGRAM_REDUCED_MOTION_EVERY_MS
    } else {
        DIAGRAM_EVERY_MS
    };
    let speed = playing.speed as f64;
    let handle = view.clone();
    use_animation_frame(
        playing.playing && on_screen && visible,
        move |elapsed_ms, t_ms| {
            let mut s = session.borrow_mut();
            s.advance(elapsed_ms.clamp(0.0, MAX_FRAME_MS) / 1000.0 * speed);
            charts.paint(&s, lang, Which::Both);
            let r = refreshed.borrow();
            let diagram_due = t_ms - r.diagram.get() >= diagram_every;
            let readings_due = t_ms - r.readings.get() >= READINGS_EVERY_MS;
            if !(diagram_due || readings_due) {
                return;
            }
            let mut next = (*handle).clone();
            if diagram_due {
                r.diagram.set(t_ms);
                next.pictures = pictures(&s);
            }
            if readings_due {
                r.readings.set(t_ms);
                next.readings = Readings::of(&s);
                next.change = s.take_change().or(next.change);
            }
            handle.set(next);
        },
    );
    (*view).clone()
}

/// "Save plots (PNG)" and "Save data (CSV)".
#[hook]
pub fn use_downloads(
    session: Rc<RefCell<Session>>,
    charts: ChartRefs,
    lang: Lang,
) -> (Callback<()>, Callback<()>) {
    let png = Callback::from(move |()| {
        if let Some(c) = charts.charts.borrow().as_ref() {
            if let Some(url) = stacked_png(&[&c.pressure, &c.flow]) {
                browser::download(lang.words().share_png_file(), &url);
            }
        }
    });
    let csv = Callback::from(move |()| {
        let w = lang.words();
        let csv = session
            .borrow()
            .reader()
            .trace()
            .to_csv(w.share_csv_header());
        browser::download_text(w.share_csv_file(), "text/csv", &csv);
    });
    (png, csv)
}

/// Inside an iframe, tells the host page how tall the widget is.
#[hook]
pub fn use_height_reporter(node: NodeRef) {
    use_effect_with((), move |_| {
        let reporter = if browser::in_iframe() {
            node.cast::<web_sys::Element>()
                .and_then(|el| browser::HeightReporter::new(&el))
        } else {
            None
        };
        move || drop(reporter)
    });
}

/// The address bar always holds the current scenario, its page and the
/// language (defaults left out).
#[hook]
pub fn use_scenario_address(scenario: Scenario, compare: bool, lang: Lang) {
    use_effect_with((scenario, compare, lang), |(scenario, compare, lang)| {
        browser::replace_scenario_address(scenario, *compare, *lang)
    });
}
