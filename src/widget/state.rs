//! The widget's state and every way it can change (an `Action` reducer, as in
//! Yew's todomvc example). The simulation itself lives outside Yew's state,
//! in `use_session`, so it never causes a re-render; the language lives in
//! `use_language`, like every page's.

use calf_pump_links::scenario::{Scenario, ScenarioError};
use calf_pump_links::settings::Refused;
use calf_pump_model::{Activity, LegCondition, Stockings};
use std::rc::Rc;
use yew::Reducible;

/// Playback speeds offered to the reader.
pub const SPEEDS: [u32; 3] = [1, 2, 5];

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    pub playing: bool,
    /// Simulated seconds per real second.
    pub speed: u32,
    /// Overlay a healthy leg doing the same activity.
    pub compare: bool,
    /// Bumped by Reset so the simulation starts over.
    pub generation: u32,
    /// What the link had that could not be used, until dismissed.
    pub notice: Option<LinkNotice>,
    /// True once the reader has changed anything: ends the first-time hint.
    pub touched: bool,
}

/// What a link had that could not be used, kept as data so the notice is
/// worded in whichever language the reader switches to.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkNotice {
    pub problems: Vec<ScenarioError>,
    pub refused: Vec<Refused>,
}

impl LinkNotice {
    /// The notice for a link whose values could not all be read, if any.
    pub fn of(problems: Vec<ScenarioError>, refused: Vec<Refused>) -> Option<LinkNotice> {
        (!problems.is_empty() || !refused.is_empty()).then_some(LinkNotice { problems, refused })
    }
}

impl AppState {
    pub fn new(scenario: Scenario, notice: Option<LinkNotice>, compare: bool) -> Self {
        Self {
            scenario,
            playing: true,
            speed: 1,
            compare,
            generation: 0,
            notice,
            touched: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetActivity(Activity),
    SetLeg(LegCondition),
    SetStockings(Stockings),
    TogglePlaying,
    SetSpeed(u32),
    ToggleCompare,
    Reset,
    DismissNotice,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.touched = true;
        match action {
            Action::SetActivity(a) => {
                next.scenario.activity = a;
                // Choosing an activity means "show me": resume if paused.
                next.playing = true;
            }
            Action::SetLeg(l) => next.scenario.leg = l,
            Action::SetStockings(s) => next.scenario.stockings = s,
            Action::TogglePlaying => next.playing = !next.playing,
            Action::SetSpeed(s) => next.speed = if SPEEDS.contains(&s) { s } else { 1 },
            Action::ToggleCompare => next.compare = !next.compare,
            Action::Reset => {
                next.generation = next.generation.wrapping_add(1);
                next.playing = true;
            }
            Action::DismissNotice => next.notice = None,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
