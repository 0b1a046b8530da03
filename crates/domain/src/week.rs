//! The week as most people think of it: mornings, afternoons and evenings. A volunteer
//! ticks the parts of the week that suit them; each run of ticked parts on a day is one
//! availability window, and windows that are runs of parts read back as ticks.

use crate::profile::Window;
use chrono::NaiveTime;

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// 8:00 to 12:00.
    Morning,
    /// 12:00 to 18:00.
    Afternoon,
    /// 18:00 to 22:00.
    Evening,
}

fn hour(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN)
}

impl DayPart {
    /// Every part, in the order of the day.
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    /// Its name in forms and message ids.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
        }
    }

    /// When it starts.
    pub fn start(self) -> NaiveTime {
        hour(match self {
            DayPart::Morning => 8,
            DayPart::Afternoon => 12,
            DayPart::Evening => 18,
        })
    }

    /// When it ends.
    pub fn end(self) -> NaiveTime {
        hour(match self {
            DayPart::Morning => 12,
            DayPart::Afternoon => 18,
            DayPart::Evening => 22,
        })
    }
}

/// The windows of the ticked parts (weekday 1–7, part): parts that follow each other on
/// a day make one window, so a free morning and afternoon is 8:00 to 18:00.
pub fn windows_of_parts(ticked: &[(u8, DayPart)]) -> Vec<Window> {
    let mut windows: Vec<Window> = Vec::new();
    for weekday in 1..=7u8 {
        for part in DayPart::ALL {
            if !ticked.contains(&(weekday, part)) {
                continue;
            }
            match windows.last_mut() {
                Some(last) if last.weekday == weekday && last.to == part.start() => last.to = part.end(),
                _ => windows.push(Window { weekday, from: part.start(), to: part.end() }),
            }
        }
    }
    windows
}

/// Splits windows into the parts of the week they are runs of, and the others (which
/// only precise times can show).
pub fn parts_of_windows(windows: &[Window]) -> (Vec<(u8, DayPart)>, Vec<Window>) {
    let mut parts = Vec::new();
    let mut others = Vec::new();
    for window in windows {
        let starts_a_part = DayPart::ALL.iter().any(|p| p.start() == window.from);
        let ends_a_part = DayPart::ALL.iter().any(|p| p.end() == window.to);
        if starts_a_part && ends_a_part {
            let covered = DayPart::ALL.into_iter().filter(|p| p.start() >= window.from && p.end() <= window.to);
            parts.extend(covered.map(|p| (window.weekday, p)));
        } else {
            others.push(*window);
        }
    }
    (parts, others)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(weekday: u8, from: u32, to: u32) -> Window {
        Window { weekday, from: hour(from), to: hour(to) }
    }

    #[test]
    fn parts_that_follow_each_other_make_one_window() {
        let ticked = [
            (1, DayPart::Morning),
            (1, DayPart::Afternoon),
            (3, DayPart::Evening),
            (6, DayPart::Morning),
            (6, DayPart::Evening),
        ];
        assert_eq!(
            windows_of_parts(&ticked),
            [window(1, 8, 18), window(3, 18, 22), window(6, 8, 12), window(6, 18, 22)]
        );
        assert_eq!(windows_of_parts(&[]), []);
    }

    #[test]
    fn windows_read_back_as_the_parts_they_are_made_of_and_others_stay_precise() {
        let windows = [window(1, 8, 18), window(2, 9, 11), window(3, 12, 22), window(4, 8, 22)];
        let (parts, others) = parts_of_windows(&windows);
        assert_eq!(
            parts,
            [
                (1, DayPart::Morning),
                (1, DayPart::Afternoon),
                (3, DayPart::Afternoon),
                (3, DayPart::Evening),
                (4, DayPart::Morning),
                (4, DayPart::Afternoon),
                (4, DayPart::Evening)
            ]
        );
        assert_eq!(others, [window(2, 9, 11)]);
        let (again, _) = parts_of_windows(&windows_of_parts(&parts));
        assert_eq!(again, parts, "round trip");
    }
}
