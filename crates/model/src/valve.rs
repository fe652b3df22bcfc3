//! One-way venous valves with closing dynamics.
//!
//! The cusps do not shut the instant flow reverses: they start to move about
//! 108 ms after reversal and close about 139 ms later (Lurie et al. 2002,
//! J Vasc Surg 35:713–717), so a healthy valve lets a brief spurt of reflux
//! through. The opening state follows a first-order law towards open or shut,
//! in the spirit of Mynard et al. 2012 (Int J Numer Method Biomed Eng
//! 28:626–641). An incompetent valve's cusps never meet while the vein is
//! dilated; squeezing the vein narrower (a compression stocking) lets them
//! meet again, so its leak shrinks with the vein's volume.

/// Time constant for a valve to open under forward pressure (s). Fitted:
/// cusps open within tens of milliseconds, faster than they close (Lurie 2002).
const OPENING_TIME_S: f64 = 0.03;
/// Time constant for a valve to close once flow reverses (s): the ~108 ms delay
/// plus ~139 ms closing time of Lurie 2002, lumped as one first-order lag.
const CLOSING_TIME_S: f64 = 0.12;

/// How a valve behaves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValveSpec {
    /// Forward conductance of the open valve and its segment (mL/s per mmHg).
    pub conductance_ml_s_per_mmhg: f64,
    /// Backward conductance through cusps that do not meet (mL/s per mmHg);
    /// zero for a competent valve.
    pub reflux_conductance_ml_s_per_mmhg: f64,
    /// Volume of the vein holding the valve below which the cusps of a leaky
    /// valve meet again (mL).
    pub cusps_meet_volume_ml: f64,
}

impl ValveSpec {
    pub const fn competent(conductance_ml_s_per_mmhg: f64) -> Self {
        Self {
            conductance_ml_s_per_mmhg,
            reflux_conductance_ml_s_per_mmhg: 0.0,
            cusps_meet_volume_ml: 0.0,
        }
    }
}

/// Fraction of the reflux conductance left at a given vein volume: zero when
/// the vein is narrow enough for the cusps to meet, rising smoothly to one as
/// it dilates past that by 25 %.
#[inline]
pub fn reflux_fraction(spec: &ValveSpec, vein_volume_ml: f64) -> f64 {
    if spec.reflux_conductance_ml_s_per_mmhg == 0.0 {
        return 0.0;
    }
    let x = ((vein_volume_ml - spec.cusps_meet_volume_ml) / (0.25 * spec.cusps_meet_volume_ml))
        .clamp(0.0, 1.0);
    x * x * (3.0 - 2.0 * x)
}

/// Reverse pressure (mmHg) that doubles the closing rate. Closure is driven
/// by reverse flow (van Bemmelen et al. 1990, J Vasc Surg 11:512–518), and
/// Mynard et al. 2012's valve law makes the closing rate grow with the
/// pressure difference; Lurie 2002's timing was measured in quiet standing,
/// under gentle reverse gradients. The value is fitted (running pumps about
/// as well as walking, band B17).
const CLOSING_DOUBLING_PRESSURE_MMHG: f64 = 40.0;

/// Moves the valve's opening (0 shut … 1 open) one step towards where the
/// pressure across it pushes it: open quickly under forward pressure, shut
/// the faster the harder blood pushes back.
#[inline]
pub fn advance_opening(opening: f64, forward_pressure_mmhg: f64, dt_s: f64) -> f64 {
    // Rates (1/s) rather than times: multiplication in the hot path.
    let (target, per_s) = if forward_pressure_mmhg > 0.0 {
        (1.0, 1.0 / OPENING_TIME_S)
    } else {
        let reverse = -forward_pressure_mmhg;
        (
            0.0,
            (1.0 / CLOSING_TIME_S) * (1.0 + reverse * (1.0 / CLOSING_DOUBLING_PRESSURE_MMHG)),
        )
    };
    let rate = (dt_s * per_s).min(1.0);
    let next = opening + (target - opening) * rate;
    // A valve this nearly shut is shut: without the snap its opening decays
    // into subnormal numbers, which are many times slower to compute with.
    if next < SHUT_OPENING {
        0.0
    } else {
        next
    }
}

/// Opening below which a valve counts as fully shut.
const SHUT_OPENING: f64 = 1e-9;

/// Flow through the valve in its forward direction (mL/s; negative is reflux).
///
/// `segment_fraction` (0…1) scales the conductance for a collapsing upstream
/// vein (flow through a flattened tube falls steeply).
#[inline]
pub fn flow_ml_s(
    spec: &ValveSpec,
    opening: f64,
    forward_pressure_mmhg: f64,
    segment_fraction: f64,
    reflux_fraction: f64,
) -> f64 {
    let through_cusps = spec.conductance_ml_s_per_mmhg * opening * opening * segment_fraction;
    if forward_pressure_mmhg >= 0.0 {
        through_cusps * forward_pressure_mmhg
    } else {
        (through_cusps + spec.reflux_conductance_ml_s_per_mmhg * reflux_fraction)
            * forward_pressure_mmhg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_competent_valve_lets_only_a_brief_spurt_of_reflux_through() {
        let spec = ValveSpec::competent(1.0);
        let dt = 0.001;
        let mut opening = 1.0;
        let mut reflux_ml = 0.0;
        let mut t = 0.0;
        while t < 2.0 {
            let q = flow_ml_s(&spec, opening, -20.0, 1.0, 0.0);
            reflux_ml += -q * dt;
            opening = advance_opening(opening, -20.0, dt);
            t += dt;
        }
        // Nearly all of the reflux passes within the first half second (Labropoulos
        // 2003: reflux lasting > 0.5 s is pathological).
        let mut opening = 1.0;
        let mut early = 0.0;
        for _ in 0..500 {
            early += -flow_ml_s(&spec, opening, -20.0, 1.0, 0.0) * dt;
            opening = advance_opening(opening, -20.0, dt);
        }
        assert!(early / reflux_ml > 0.95);
        assert!(opening < 0.05);
    }

    #[test]
    fn a_leaky_valve_keeps_refluxing_until_the_vein_is_narrowed() {
        let spec = ValveSpec {
            conductance_ml_s_per_mmhg: 1.0,
            reflux_conductance_ml_s_per_mmhg: 0.5,
            cusps_meet_volume_ml: 100.0,
        };
        let dilated = flow_ml_s(&spec, 0.0, -20.0, 1.0, reflux_fraction(&spec, 140.0));
        let narrowed = flow_ml_s(&spec, 0.0, -20.0, 1.0, reflux_fraction(&spec, 95.0));
        assert!(dilated < -9.0);
        assert_eq!(narrowed, 0.0);
    }
}
