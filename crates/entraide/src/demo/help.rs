//! The demo's neighbour help: requests in several categories and states (done and
//! thanked, agreed, waiting for an offer, asked for someone offline, withdrawn), standing
//! offers, a conversation, and time and barter credits that moved.

use entraide_app::{Actor, App, AppError};
use entraide_domain::help::{OnBehalfInput, RequestInput};
use entraide_domain::organisation::Organisation;
use entraide_domain::standing_offer::StandingOfferInput;
use entraide_domain::time::now;

/// A request of the demo: category, title, description, place, address, and its window
/// (hours from now, hours long).
struct DemoRequest {
    category: &'static str,
    title: &'static str,
    description: &'static str,
    place: (f64, f64),
    address: &'static str,
    window: (i64, i64),
}

fn input(request: &DemoRequest, on_behalf: Option<OnBehalfInput>) -> RequestInput {
    let from = now() + chrono::Duration::hours(request.window.0);
    RequestInput {
        category: request.category.to_owned(),
        title: request.title.to_owned(),
        description: request.description.to_owned(),
        point: request.place,
        address: request.address.to_owned(),
        needed_from: from.to_rfc3339(),
        needed_until: (from + chrono::Duration::hours(request.window.1)).to_rfc3339(),
        on_behalf,
    }
}

const GROCERIES: DemoRequest = DemoRequest {
    category: "groceries",
    title: "Groceries from the market",
    description: "Potatoes, leeks, a loaf of bread and coffee. I pay back in cash at the door.",
    place: (51.0562, 3.7069),
    address: "Phoenixstraat 14, 9000 Gent",
    window: (-72, 3),
};
const LIFT: DemoRequest = DemoRequest {
    category: "lift",
    title: "A lift to AZ Sint-Lucas for a check-up",
    description: "My appointment is at 10:30. I walk slowly with a stick but need no wheelchair.",
    place: (51.0571, 3.7046),
    address: "Phoenixstraat 14, 9000 Gent",
    window: (46, 3),
};
const DOG: DemoRequest = DemoRequest {
    category: "pet-care",
    title: "Walk Bruno while I am in the hospital",
    description: "Bruno is a calm old labrador. Twice a day, twenty minutes around the block is enough.",
    place: (51.0497, 3.7301),
    address: "Lange Violettestraat 80, 9000 Gent",
    window: (20, 72),
};
const CALL: DemoRequest = DemoRequest {
    category: "call-or-visit",
    title: "A weekly phone call for Georgette",
    description: "Georgette is 91, lives alone and has no internet. She loves to talk about her garden and the radio.",
    place: (51.0603, 3.6987),
    address: "Bevrijdingslaan 3, 9000 Gent",
    window: (24, 24 * 14),
};
const BIKE: DemoRequest = DemoRequest {
    category: "repairs",
    title: "Fix the light of my bike",
    description: "The front light stopped working; I have a new bulb.",
    place: (51.0545, 3.7180),
    address: "Kouter 9, 9000 Gent",
    window: (30, 6),
};
const FORMS: DemoRequest = DemoRequest {
    category: "paperwork",
    title: "Help with a letter from the tax office",
    description: "I do not understand what they ask. Half an hour at my kitchen table would help a lot.",
    place: (51.0612, 3.7108),
    address: "Sleepstraat 101, 9000 Gent",
    window: (50, 48),
};

/// Seeds neighbour help. People: 1 team, 2 coordinator, 3 volunteer, 4 neighbour.
pub(super) async fn seed_help(
    app: &App,
    actors: &[Actor],
    organisations: &[(usize, Organisation)],
) -> Result<(), AppError> {
    let (team, coordinator, volunteer, neighbour) = (&actors[1], &actors[2], &actors[3], &actors[4]);

    // Done and thanked: the neighbour's groceries, brought by the volunteer, with a
    // conversation and an hour of time credits.
    let done = app.create_request(neighbour, "demo", &input(&GROCERIES, None)).await?;
    let done_id = done.id.to_string();
    let offer =
        app.create_offer(volunteer, &done_id, "I pass by the market on Friday morning, I can bring them.").await?;
    app.accept_offer(neighbour, &done_id, &offer.id.to_string()).await?;
    app.post_help_message(neighbour, &done_id, "Thank you! Ring twice, the bell is weak.").await?;
    app.post_help_message(volunteer, &done_id, "Will do. See you around ten.").await?;
    app.complete_request(neighbour, &done_id, 60).await?;
    app.thank(neighbour, &done_id, "You made my week. The coffee was exactly the right one.").await?;
    app.thank(volunteer, &done_id, "It was a pleasure, Mariette. Until next time!").await?;

    // Waiting for the neighbour's answer: the coordinator offered a lift.
    let lift = app.create_request(neighbour, "demo", &input(&LIFT, None)).await?;
    app.create_offer(coordinator, &lift.id.to_string(), "I have a car and a free morning. I can wait for you too.")
        .await?;

    // Agreed: the volunteer walks the coordinator's dog; they talk.
    let dog = app.create_request(coordinator, "demo", &input(&DOG, None)).await?;
    let dog_id = dog.id.to_string();
    let walk = app.create_offer(volunteer, &dog_id, "I love dogs and live two streets away.").await?;
    app.accept_offer(coordinator, &dog_id, &walk.id.to_string()).await?;
    app.post_help_message(coordinator, &dog_id, "The key is with my neighbour at number 82.").await?;

    // Asked by the city's team for someone who is offline, with her consent recorded.
    let consent = OnBehalfInput {
        name: "Georgette Vandenbroucke".to_owned(),
        phone: "+32 9 123 45 67".to_owned(),
        given_by: "Georgette Vandenbroucke".to_owned(),
        given_at: (now() - chrono::Duration::days(2)).to_rfc3339(),
        how: "By phone, with her daughter listening in".to_owned(),
    };
    app.create_request(team, "demo", &input(&CALL, Some(consent))).await?;

    // Open, and one withdrawn.
    app.create_request(coordinator, "demo", &input(&FORMS, None)).await?;
    let bike = app.create_request(volunteer, "demo", &input(&BIKE, None)).await?;
    app.cancel_request(volunteer, &bike.id.to_string()).await?;

    // Standing offers.
    let groceries = StandingOfferInput {
        category: Some("groceries".to_owned()),
        weekdays: vec![2, 4],
        point: (51.0580, 3.7110),
        within_km: 1.5,
        note: "On foot, with a shopping trolley.".to_owned(),
    };
    app.publish_standing_offer(volunteer, "demo", &groceries).await?;
    let anything = StandingOfferInput {
        category: None,
        weekdays: vec![],
        point: (51.0520, 3.7250),
        within_km: 2.0,
        note: "I have a car.".to_owned(),
    };
    app.publish_standing_offer(coordinator, "demo", &anything).await?;

    // Barter between organisations: the roastery pays the food bank in credits for a
    // cooking workshop, within a limit the team set.
    app.set_credit_limit(team, "demo", "barter", 500).await?;
    let roastery = organisations.iter().find(|(_, o)| o.name.starts_with("Koffiebranderij"));
    let food_bank = organisations.iter().find(|(_, o)| o.name.starts_with("Voedselbank"));
    if let (Some((owner, roastery)), Some((_, food_bank))) = (roastery, food_bank) {
        app.organisation_transfer(
            &actors[*owner],
            &roastery.id.to_string(),
            &food_bank.id.to_string(),
            120,
            "Cooking workshop for our team",
        )
        .await?;
    }
    Ok(())
}
