"""Write the packaged sample dataset, data/local_offer.json (Open Referral UK 3.0 JSON).

Every service, organisation, address, phone number (Ofcom's drama range 01632 960xxx) and
web or email address (example.org / example.com) is invented. The only real bodies named are
Staffordshire County Council and the NHS Staffordshire and Stoke-on-Trent Integrated Care
Board, for the SEND jobs they really do; their contact details are invented too.

Deterministic: the same file, byte for byte, on every run. Standard library only.

    python3 tools/make_sample_data.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import uuid
from pathlib import Path

SEED = 20261128
NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://www.example.org/staffordshire-send-kiosk/sample")
OUT = Path(__file__).resolve().parent.parent / "data" / "local_offer.json"
METADATA = {
    "publisher": "Staffordshire SEND kiosk project (sample data)",
    "published": "2026-11-28",
    "version": "2026.11.1",
    "sample": True,
    "title": "Staffordshire SEND Local Offer: sample data",
    "notice": "These services are invented examples for demonstration, and staff replace them "
    "by importing the council's real Local Offer export.",
}

# ---- places: district -> towns (name, latitude, longitude, postcode districts) ----------------
TOWNS = {
    "Cannock Chase": [
        ("Cannock", 52.691, -2.027, ("WS11", "WS12")),
        ("Rugeley", 52.760, -1.937, ("WS15",)),
        ("Hednesford", 52.710, -2.000, ("WS12",)),
    ],
    "East Staffordshire": [
        ("Burton upon Trent", 52.803, -1.640, ("DE13", "DE14", "DE15")),
        ("Uttoxeter", 52.898, -1.865, ("ST14",)),
    ],
    "Lichfield": [
        ("Lichfield", 52.683, -1.826, ("WS13", "WS14")),
        ("Burntwood", 52.680, -1.920, ("WS7",)),
    ],
    "Newcastle-under-Lyme": [
        ("Newcastle-under-Lyme", 53.011, -2.227, ("ST5",)),
        ("Kidsgrove", 53.087, -2.237, ("ST7",)),
        ("Audley", 53.051, -2.304, ("ST7",)),
    ],
    "South Staffordshire": [
        ("Codsall", 52.627, -2.195, ("WV8",)),
        ("Penkridge", 52.723, -2.117, ("ST19",)),
        ("Wombourne", 52.533, -2.186, ("WV5",)),
        ("Perton", 52.594, -2.203, ("WV6",)),
    ],
    "Stafford": [
        ("Stafford", 52.806, -2.117, ("ST16", "ST17")),
        ("Stone", 52.903, -2.146, ("ST15",)),
        ("Eccleshall", 52.858, -2.251, ("ST21",)),
    ],
    "Staffordshire Moorlands": [
        ("Leek", 53.105, -2.025, ("ST13",)),
        ("Biddulph", 53.118, -2.170, ("ST8",)),
        ("Cheadle", 52.986, -1.990, ("ST10",)),
    ],
    "Tamworth": [
        ("Tamworth", 52.634, -1.695, ("B77", "B78", "B79")),
        ("Wilnecote", 52.609, -1.668, ("B77",)),
    ],
}
COUNTY = "All of Staffordshire"
# invented words for building and street names
PLACE_WORDS = """
Alder Ashcombe Barley Birchfield Blackthorn Bramble Brookfield Buttermere Chestnut Clover Coppice
Cornflower Cowslip Damson Fernlea Foxley Greenacre Hawthorn Hazel Heathfield Honeysuckle Juniper
Kestrel Kingsmead Laburnum Larch Lavender Linden Maple Marigold Millstone Mulberry Nightingale
Orchard Pennycress Poplar Primrose Redwing Rosebay Rowan Saffron Sorrel Speedwell Swallow Sycamore
Teasel Thistle Wagtail Walnut Willow Woodbine Wren Yarrow Larkspur Meadowsweet Campion Harebell
Bluebell Celandine Tansy
"""
STREET_ENDS = ("Road", "Lane", "Way", "Close", "Street", "Avenue", "Drive", "Grove")
VENUES = {  # kind -> (name patterns, descriptions)
    "centre": (
        ("{w} Community Centre", "{w} Family Centre", "{w} Family Hub"),
        (
            "A community centre with a main hall, a kitchen and smaller meeting rooms.",
            "A family centre with a garden, a sensory room and a small café.",
            "A busy community building used by local groups every day of the week.",
        ),
    ),
    "clinic": (
        ("{w} Health Centre", "{w} Children's Clinic"),
        (
            "A health centre with children's clinic rooms on the ground floor.",
            "A modern clinic building shared by several children's health teams.",
        ),
    ),
    "leisure": (
        ("{w} Leisure Centre", "{w} Pool and Sports Centre"),
        (
            "A leisure centre with a main pool, a small learner pool and a sports hall.",
            "A sports centre with a swimming pool, a gym and outdoor pitches.",
        ),
    ),
    "youth": (
        ("{w} Youth Centre", "The {w} Youth Hub"),
        (
            "A youth centre with a games room, a music room and a kitchen.",
            "A youth building with a large hall and a quiet lounge upstairs.",
        ),
    ),
    "office": (
        ("{w} House", "{w} Court"),
        (
            "An office building with meeting rooms on the ground floor. Visits are by appointment.",
            "A small office with private rooms for meetings.",
        ),
    ),
    "own": (
        ("{org}",),
        (
            "Our own building, with a car park and an enclosed garden.",
            "A single-storey building set back from the road, with parking at the front.",
            "Purpose-built premises designed with disabled children and young people in mind.",
        ),
    ),
}
ACCESS = (
    "Step-free entrance and an accessible toilet.",
    "Hearing loop at reception.",
    "Changing Places toilet with a hoist and an adult-sized changing bench.",
    "Blue Badge parking next to the main door.",
    "A quiet room is available if your child needs a break.",
    "Lift to all floors.",
    "Wide doors and level floors throughout, suitable for wheelchair users.",
    "Signs use large print and pictures.",
    "Assistance dogs are welcome.",
)

# ---- categories -------------------------------------------------------------------------------
CATEGORIES = {  # id -> (exact Local Offer name, plain description)
    "lo-early-years": (
        "Early years and childcare",
        "Nurseries, childminders and help for young children before school.",
    ),
    "lo-education": (
        "Education",
        "Schools, colleges, support in school and Education, Health and Care plans.",
    ),
    "lo-social-care": (
        "Social care",
        "Short breaks, respite and support for disabled children and their carers.",
    ),
    "lo-health": ("Health and wellness", "Therapies, health services and mental health support."),
    "lo-travel": (
        "Travel and transport",
        "Getting to school or college, travel training and accessible transport.",
    ),
    "lo-places-to-go": (
        "Places to go, things to do",
        "Clubs, activities, sport and days out where everyone is welcome.",
    ),
    "lo-adulthood": (
        "Preparing for adulthood",
        "Help for young people moving on to work, college and independent living.",
    ),
    "lo-money": ("Money matters", "Benefits, grants and help with money."),
    "lo-extra-help": (
        "Extra help for children, families and settings",
        "Extra support at home, and help for nurseries, schools and colleges.",
    ),
    "lo-information-support": (
        "Information and support, including support groups and organisations",
        "Advice lines, support groups and organisations that can help.",
    ),
    "lo-policy-forms": (
        "Policy information, referral mechanisms, forms and templates",
        "Forms, referrals, policies and guides.",
    ),
}
SEND = {  # DfE family hubs SEND sub-categories: short key -> (id, exact DfE name)
    "asd": ("send-asd", "Autistic Spectrum Disorder (ASD)"),
    "breaks": ("send-breaks-respite", "Breaks and respite"),
    "early": ("send-early-years", "Early years support"),
    "groups": ("send-parent-groups", "Groups for parents and carers of children with SEND"),
    "hi": ("send-hearing", "Hearing impairment"),
    "ld": ("send-learning", "Learning difficulties and disabilities"),
    "msi": ("send-multi-sensory", "Multi-sensory impairment"),
    "other": ("send-other", "Other difficulties or disabilities"),
    "pd": ("send-physical", "Physical disabilities"),
    "semh": ("send-semh", "Social, emotional and mental health support"),
    "slcn": ("send-slcn", "Speech, language and communication needs"),
    "vi": ("send-visual", "Visual impairment"),
}
SEND_DESCRIPTION = "A special educational need or disability from the national family hubs list."

# ---- organisations ----------------------------------------------------------------------------
# kinds (which service types may use it) | name | description. Only the first two are real, and
# they appear only for the SEND jobs the council's own page gives them.
COUNCIL = "Staffordshire County Council"
ICB = "NHS Staffordshire and Stoke-on-Trent Integrated Care Board"
ORGANISATIONS = """
council | Staffordshire County Council | The county council. For SEND it helps mainstream schools
  support children, issues and maintains Education, Health and Care plans, and manages home to
  school transport.
icb | NHS Staffordshire and Stoke-on-Trent Integrated Care Board | The NHS body that plans and pays
  for health services in Staffordshire and Stoke-on-Trent, including autism support and sensory
  support for children and young people.
nursery | Daisyroot Day Nursery | A family-run day nursery with three sites and a shared SENCO
  team.
nursery | Honeycomb Nursery | A small, homely nursery with a sensory room and a big garden.
nursery | Mapleseed Nursery | A nursery and forest school for babies and young children.
nursery | Treehollow Early Learning | A not-for-profit nursery group that welcomes children with
  SEND.
nursery | Pollywog Pre-school | A term-time pre-school run by a parent committee.
nursery | Cobblestones Pre-school | A village pre-school with small groups and a quiet room.
nursery | Buttercup Lane Playgroup | A community playgroup for two to four year olds.
childminder | Little Wrens Childminding Network | A network of registered childminders across the
  county, with training in caring for children with additional needs.
childminder | Hopscotch Childminders | A group of childminders who support each other and share
  training.
family | Kingfisher Family Support | A charity offering family support workers and parenting
  courses.
family | Brambling Family Link | A small team helping families of disabled children at home.
family | Acorn Trail Home Learning | Home visitors who help families of young children learn
  through play.
play | Bumblebee Inclusive Play | A play charity running sessions where every child can join in.
play | Sunbeam Holiday Play Trust | A trust that runs holiday play schemes for children with SEND.
play | Puddleduck Play Scheme | A volunteer-led play scheme that has run for many years.
play | Fernbank Adventure Club | An outdoor play and adventure club for children of all abilities.
play | Pinwheel Arts Collective | Artists and play workers running relaxed arts and film sessions.
sport,swim | Otterpool Inclusive Sports | A sports club with inclusive football, trampolining,
  swimming and wheelchair sports.
swim | Sandpiper Swimming Club | A swimming club with coaches trained to teach disabled swimmers.
swim | Bluefin Leisure Trust | A not-for-profit trust that runs leisure centres and pools.
sport | Ridgeway Riding for All | A riding centre with calm ponies and trained helpers.
sport | Wildwood Climbing Club | A climbing wall with adapted kit and patient instructors.
sport | Marlpit Music Makers | Musicians who run music groups for children and young people.
sport | Starling Youth Theatre | A youth theatre where young people with and without SEND perform.
sport | Nettle and Bramble Forest School | Forest school leaders working in local woods.
breaks,overnight | Rowanberry Respite Trust | A charity providing short breaks and overnight stays
  for disabled children.
breaks | Hearthstone Short Breaks | A registered provider of short breaks clubs for disabled
  children.
breaks | Brightside Care Partners | A care provider offering clubs and support at home.
breaks,sitting | Wildflower Home Support | Support workers who help families of disabled children
  at home and out and about.
overnight | Lanterns Overnight Breaks | A small children's home for planned overnight short breaks.
sitting | Safe Mooring Sitting Service | A sitting service run by trained and checked support
  workers.
speech | Bluewater Speech and Language Practice | A team of children's speech and language
  therapists.
speech | Sprout Speech and Play | Speech and language therapists who specialise in the early years.
speech,therapy | Cedarwood Children's Therapies | A children's therapy team with speech and
  language therapists, physiotherapists and occupational therapists.
therapy | Stepwise Therapy Partnership | Physiotherapists and occupational therapists for children.
therapy | Hazelmere Children's Therapy | A community therapy service for children and young people.
therapy,sleep,continence | Moorgate Children's Health Partnership | A community health provider
  with children's nurses, therapists and health advisers.
sleep | Brightwing Sleep Service | Trained sleep practitioners helping families of children with
  SEND.
continence | Tidewell Continence Advice | Children's nurses who specialise in bladder and bowel
  health.
counselling | Quietwater Counselling for Young People | A counselling charity for children and
  young people.
counselling | Lanternfield Wellbeing | A wellbeing service for young people and their families.
school | Oakridge School | A school for children and young people with SEND, from nursery to sixth
  form.
school | Thornbury Vale School | A school with small classes and therapists on site.
school | Merrybrook School | A school with a specialist base for pupils with speech and language
  needs.
school | Hollins Brook Academy | An academy with a specialist base for autistic pupils.
school | Copse Lane School | A school for pupils with learning difficulties and autism.
school | Beechcroft School | A school for pupils with physical, medical and learning needs.
school | Ashmeadow Academy | An academy that includes pupils with SEND in every class.
school | Foxhollow School | A small school for pupils who need a calm and structured day.
college,work,living | Highfield Lane Skills Centre | A skills centre offering courses and job
  training for young adults with SEND.
college,work | Millrace College | A further education college with a large supported learning
  department.
college | Larchwood Specialist College | A small specialist college for students with SEND.
dyslexia | Heathercroft Dyslexia Group | Specialist teachers for children with dyslexia.
dyslexia | Stonechat Learning Centre | A learning centre offering screening and tuition.
sendadvice,money | Fairway Family Advice | A charity giving free advice to families on SEND and
  money.
sendadvice | Northgate Advocacy Project | Independent advocates for children and young people with
  SEND.
sendadvice | Oakhurst SEND Advice | Free, impartial advice on SEND for parents and young people.
money | Penny Bridge Money Advice | A money advice charity with home visits.
money | Copperbeech Benefits Helpline | A benefits helpline for disabled people and carers.
carers | Clearwater Carers Centre | A carers' centre offering advice, groups and well-being days.
carers | Larkrise Carers Circle | A network of carers who meet, support and speak up for each
  other.
grants | Compass Rose Grants Trust | A small grant-giving trust for families of disabled children.
grants | Kindle Light Family Fund | A fund set up by local families to help with extra costs.
youthclub | Foxglove Youth Project | A youth project running inclusive clubs across the county.
youthclub | Upbeat Youth Clubs | Evening clubs for young people with learning disabilities.
youngcarers | Skylark Young Carers | A charity that supports young carers and siblings.
work | Kestrel Futures | A social enterprise helping young disabled people into work.
work | Bridgework Job Coaching | Job coaches who support young people with SEND at work.
work | Ashgrove Supported Employment | A supported employment team working with local employers.
living | Next Chapter Independent Living | A charity teaching skills for living independently.
travel,transport | Mileswell Accessible Travel | A not-for-profit organisation making travel easier
  for disabled people.
travel | Wayfinder Travel Training | Travel trainers helping young people travel on their own.
transport | Heathway Community Transport | A community transport charity with volunteer drivers.
transport | Chartwheel Dial-a-Ride | A door-to-door minibus service for people who cannot use
  buses.
parent | Trentside Parent Carer Network | A parent-led network run by volunteers who have children
  with SEND.
parent | Sandstone SEND Parents Group | A group set up by local families to support each other.
parent | Bracken Hill Parents Together | A friendly parents' group that meets across the county.
parent | Pebble Path Parents | A peer support group for parents and carers of children with SEND.
autism | Hollybank Autism Families | A charity run by and for families of autistic children.
adhd | Little Acorns ADHD Circle | A support group for families of children with ADHD.
downs | Mossfield Down Syndrome Friends | A family group for children with Down syndrome.
deaf | Cloudberry Deaf Families | A group for deaf children, their families and friends.
sight | Willowbrook Sight Loss Friends | A group for families of children with a visual impairment.
"""

# ---- schedules, applying, closing lines ------------------------------------------------------
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
SCHEDULES = {  # style -> (day choices, (opens, closes) choices, descriptions)
    "office": (
        ("MO,TU,WE,TH,FR", "MO,TU,WE,TH", "MO,TU,WE,TH,FR"),
        (("09:00", "17:00"), ("08:30", "16:30"), ("09:00", "16:00")),
        ("Closed on bank holidays.", "Open all year, except bank holidays.", ""),
    ),
    "clinic": (
        ("MO,WE", "TU,TH", "MO,TH", "TU,FR", "WE,FR"),
        (("09:00", "16:30"), ("09:30", "15:30")),
        ("By appointment only.", "Appointments only, please do not drop in."),
    ),
    "group": (
        WEEKDAYS,
        (("10:00", "11:30"), ("09:30", "11:30"), ("13:00", "14:30"), ("10:00", "12:00")),
        ("Term time only.", "Every week, including school holidays.", "Term time only."),
    ),
    "evening": (
        WEEKDAYS,
        (("18:00", "20:00"), ("18:30", "20:30"), ("17:30", "19:30"), ("19:00", "21:00")),
        ("Term time only.", "Every week, except bank holidays.", ""),
    ),
    "weekend": (
        ("SA", "SU", "SA"),
        (("10:00", "12:00"), ("09:30", "11:30"), ("13:00", "16:00")),
        ("Every week.", "Not on bank holiday weekends.", "Term time only."),
    ),
    "holiday": (
        ("MO,TU,WE,TH,FR", "MO,TU,WE,TH"),
        (("09:00", "15:00"), ("09:30", "15:30"), ("08:30", "16:00")),
        (
            "School holidays only: Easter, summer and October half term.",
            "School holidays only.",
            "Summer holidays only, for four weeks.",
        ),
    ),
    "nursery": (
        ("MO,TU,WE,TH,FR",),
        (("07:30", "18:00"), ("08:00", "18:00")),
        ("Open 51 weeks a year.", "Open all year, except bank holidays."),
    ),
    "school": (("MO,TU,WE,TH,FR",), (("08:45", "15:15"), ("09:00", "15:30")), ("Term time only.",)),
    "monthly": (
        ("1TU", "2WE", "3TH", "1SA", "2MO", "4TH"),
        (("10:00", "12:00"), ("19:00", "21:00")),
        ("",),
    ),
    "overnight": (
        ("MO,TU,WE,TH,FR,SA,SU",),
        ((None, None),),
        ("Overnight stays from after school until the next morning, booked in advance.",),
    ),
}
APPLY = {
    "drop-in": (
        "Just come along. You do not need to book.",
        "Drop in at any session, or call first if you would like to talk about your child.",
    ),
    "book": (
        "Phone or email to book a place.",
        "Book a place by phone. Places are limited.",
        "Call or email us with your child's name and age and we will book you in.",
    ),
    "referral": (
        "A health visitor, GP, school or other professional can refer your child. You can "
        "also call us for advice.",
        "Ask a professional who knows your child to send us a referral form.",
    ),
    "self": (
        "You can refer yourself by phone or email.",
        "Fill in the short self-referral form on our website, or call us.",
    ),
    "council": (
        "Contact the council's SEND team by phone or email, or ask your child's school or college.",
        "Apply online using the council's form, or ask the SEND team for a paper copy.",
    ),
    "form": (
        "Download the form from the website, fill it in and email it back.",
        "Complete the form online. You will get an email to say it has arrived.",
    ),
    "apply": (
        "Ask for an application pack, then come to an informal visit.",
        "Apply through your child's school or college, or contact us directly.",
    ),
}
CLOSERS = {
    "group": (
        "Brothers and sisters are welcome.",
        "If it is your first time, a volunteer will meet you at the door.",
        "Let us know if your child needs anything to join in.",
    ),
    "service": (
        "If you are not sure this is the right service, call us and we will talk it through.",
        "You do not need a diagnosis to get in touch.",
        "We can arrange an interpreter if you need one.",
    ),
    "club": (
        "Please book your place in advance.",
        "Tell us about any medical needs when you book.",
        "Staff have had safety checks and first aid training.",
    ),
    "info": (
        "Information is available in large print or other languages if you ask.",
        "We aim to reply to emails within five working days.",
    ),
}
LANGUAGES = (
    ("Urdu", "ur"),
    ("Polish", "pl"),
    ("Punjabi", "pa"),
    ("British Sign Language", "bfi"),
    ("Romanian", "ro"),
    ("Bengali", "bn"),
    ("Arabic", "ar"),
)
FREE_WORDS = (
    "Free.",
    "Free of charge.",
    "There is no charge for this service.",
    "Free. You do not need to pay anything.",
)
CONTACT_ROLES = {  # style -> (role, title) choices; no personal names are needed
    "group": (("Group organiser", "Volunteer coordinator"), ("Bookings team", "Administrator")),
    "club": (("Bookings team", "Administrator"), ("Club leaders", "Session leader")),
    "service": (
        ("Duty team", "Duty worker"),
        ("Referrals team", "Team manager"),
        ("Family support team", "Service lead"),
    ),
    "info": (("Advice team", "Senior adviser"), ("Duty team", "Duty officer")),
}
PHONE_NOTES = (
    "Main number.",
    "Leave a message if we cannot answer and we will call you back.",
    "Bookings and general questions.",
    "Text relay calls are welcome.",
    "Answered on weekdays during office hours.",
)

# ---- service types ---------------------------------------------------------------------------
# One block per kind of service. The [key] line holds the settings:
#   n      how many services of this kind
#   cats   Local Offer category ids; the first always, the second on about two in three
#   sub    the SEND sub-category key (see SEND above), or - for none
#   ages   minimum-maximum choices, or "all" (no ages given: open to all ages)
#   days   schedule styles (see SCHEDULES), or - for none (forms, grants)
#   where  local (a building), county (phone, online or home visits), or mixed
#   org, venue, apply, style   organisation kind (or name), building kind, APPLY, CLOSERS keys
#   langs  language codes every service of this kind offers besides English
# cost:    "free", or: chance of being free | option | amounts to pick from | what it pays for
# name:    name patterns, used in turn ({town}, {district} and {org} are filled in). Options
#          after " | " override the block for that name: sub=, cat= (the second category), org=
#          (a kind or an organisation's name), venue=, ages=min-max, and open= (its own first
#          sentence, always last).
# open:    first sentences, used in turn by names without their own;  more:  details, one or
#          two picked at random for each service.
# An indented line continues the line before it.
SERVICE_TYPES = """
[stay-play] n=12 cats=lo-early-years,lo-places-to-go sub=early ages=0-5,0-4 days=group where=local
  org=play venue=centre apply=drop-in style=group
cost: 0.4 | Per family | 1 2 2.5 | per session
name: Sensory stay and play, {town}
name: {town} little explorers stay and play
name: Messy play for under-fives, {town}
name: Baby and toddler sensory group, {town}
open: A relaxed stay and play session for babies and young children with additional needs, and the
  adults who care for them.
open: A weekly play session for under-fives in {town} who need a bit of extra help, with sensory
  toys, music and messy play.
open: Come and play in a calm room set up for young children with SEND, whether or not they have a
  diagnosis.
more: The room has soft play, a light den and bubble tubes, and staff can show you simple sensory
  play ideas to try at home.
more: You stay with your child the whole time, so it is also a good chance to meet other parents.
more: Sessions end with a short song time that uses Makaton signs.
more: Early years workers are on hand to chat about speech and language, sleep or toileting if you
  have worries.

[home-learning] n=7 cats=lo-early-years,lo-extra-help sub=early ages=0-5,0-4 days=office
  where=local org=family venue=office apply=referral style=service
cost: free
name: Home learning visits for under-fives, {district}
name: Play and learn at home, {town}
name: Early steps home visiting, {town}
open: A home visiting service for families of pre-school children with complex needs or a delay in
  their development.
open: A trained home visitor comes to your house to play with your child and help you find small
  next steps in their learning.
more: Visits are usually every two weeks and last about an hour.
more: Together you set small goals in play, communication and movement.
more: The visitor can help you get ready for nursery or school, and can share information with the
  setting if you agree.
more: Many families also join our monthly group to meet other parents.

[nursery] n=10 cats=lo-early-years sub=early ages=0-4,0-5,2-4 days=nursery where=local org=nursery
  venue=own apply=apply style=club
cost: 0.0 | Hourly rate | 5.9 6.2 6.4 6.75 7.1 | per hour
name: {org}, {town}
name: SEN inclusion places at {org}, {town}
open: An inclusive day nursery for children from birth to school age, with a named SENCO who plans
  support for each child who needs it.
open: A small nursery where children with SEND learn and play alongside their friends, with extra
  adult help where needed.
more: Our SENCO, the member of staff who leads on special educational needs, meets you to plan
  support together.
more: Staff are trained in Makaton and use picture timetables through the day.
more: We work closely with speech and language therapy, physiotherapy and health visitors.
more: Funded hours for two, three and four year olds can be used here.
more: We have a sensory room and a secure garden.

[childminder] n=5 cats=lo-early-years,lo-extra-help sub=early ages=0-11,0-12,0-8 days=nursery
  where=local org=childminder venue=office apply=book style=service
cost: 0.0 | Hourly rate | 5.5 6 6.5 | per hour
name: SEND-friendly childminders, {district}
name: Childminders for children with additional needs, {town}
open: A network of registered childminders with extra training in caring for children with SEND.
open: We help you find a childminder near home who can meet your child's needs, including before
  and after school.
more: Each childminder has training in autism awareness, first aid and safe moving and handling.
more: Care is in small groups, which some children find easier than a busy nursery.
more: We can help you check whether you can get help with childcare costs.

[little-talkers] n=6 cats=lo-early-years,lo-health sub=slcn ages=1-4,2-4,1-5 days=group where=local
  org=speech venue=centre apply=book style=group
cost: free
name: Little talkers group, {town}
name: Chatter and play, {town}
name: Early words group, {town}
open: A small group for toddlers who are slow to start talking, run by a speech and language
  therapy assistant.
open: A fun, play-based group that helps young children build their first words and learn to take
  turns.
more: Parents learn easy ways to build talking into everyday routines, like bath time and meals.
more: The course runs for six weeks and you can come back for a review session later.
more: You do not need a referral, but your health visitor can tell us about you if you prefer.
more: We use songs, puppets and Makaton signs.

[ehc] n=8 cats=lo-education,lo-policy-forms sub=- ages=0-25 days=office where=mixed org=council
  venue=office apply=council style=info
cost: free
name: Education, Health and Care needs assessments
name: EHC plan annual reviews
name: EHC needs assessment advice line
name: EHC plan coordinators for {district}
name: SEND casework team, {district}
open: Staffordshire County Council decides whether to carry out an Education, Health and Care needs
  assessment, and writes and looks after EHC plans.
open: An EHC plan (Education, Health and Care plan) is a legal document that sets out a child or
  young person's needs and the help they must get.
open: The council's SEND team for {district} handles new requests for an assessment and reviews of
  existing EHC plans.
more: A parent, a young person aged 16 to 25, or a school or college can ask for an assessment.
more: Each EHC plan is reviewed at least once a year, and you will be invited to the review
  meeting.
more: The whole process, from the request to a final EHC plan, should take no more than 20 weeks.
more: The team will explain each step and what you can do if you disagree with a decision.
more: From age 14, reviews also look at preparing for adulthood: work, housing, friends and health.

[senco] n=4 cats=lo-education,lo-extra-help sub=ld ages=4-16,2-19,5-16 days=office where=county
  org=council venue=office apply=council style=info
cost: free
name: Advice for schools on SEN support
name: SEN support in mainstream schools
name: Inclusion advice for SENCOs and teachers
name: Support in school: help for families
open: Staffordshire County Council helps mainstream schools give children with SEND the right
  support in class.
open: This team gives advice to SENCOs and teachers on meeting a child's needs in a mainstream
  school.
open: If you are worried your child is not getting enough help at school, this explains what
  schools should do and who to ask.
more: A SENCO is the teacher in charge of special educational needs in a school.
more: Schools work in cycles: they look at what your child needs, plan extra help, try it, then
  check whether it is working.
more: Talk to your child's class teacher or SENCO first, as they can ask the council for advice.
more: Help might include small group work, a quiet space, picture timetables or changes to
  homework.

[special-school] n=8 cats=lo-education sub=ld ages=4-19 days=school where=local org=school
  venue=own apply=apply style=service
cost: free
name: {org}, {town} | org=Oakridge School | ages=2-19 | open=A special school for children and
  young people with severe and complex learning difficulties, from nursery to sixth form.
name: {org}, {town} | org=Thornbury Vale School | ages=4-19 | open=A special school with small
  classes for pupils with complex learning needs, with therapists working on site.
name: {org}, {town} | org=Merrybrook School | sub=slcn | ages=4-11 | open=A mainstream primary
  school with a specialist base for pupils with speech and language needs.
name: {org}, {town} | org=Hollins Brook Academy | sub=asd | ages=11-16 | open=A mainstream
  secondary school with a specialist base, where autistic pupils learn in small groups and join
  other classes when they are ready.
name: {org}, {town} | org=Copse Lane School | ages=5-19 | open=A special school for pupils with
  learning difficulties and autism, with a calm and structured day.
name: {org}, {town} | org=Beechcroft School | sub=pd | ages=2-19 | open=A day school for pupils
  with physical disabilities and complex medical needs, with nurses on site.
name: {org}, {town} | org=Ashmeadow Academy | ages=4-11 | open=A primary academy where pupils with
  SEND learn alongside their friends, with extra help from a specialist team.
name: {org}, {town} | org=Foxhollow School | sub=semh | ages=7-16 | open=A small school for pupils
  with social, emotional and mental health needs who find a big school hard.
more: Places are usually given through an EHC plan, so talk to your SEND caseworker if you think
  this school could suit your child.
more: Classes are small and each one has a teacher and several teaching assistants.
more: There is a sensory room and a sensory garden.
more: Therapists visit every week, including speech and language therapy and physiotherapy.
more: You are welcome to visit before you decide; please call to arrange a time.

[dyslexia] n=6 cats=lo-education,lo-extra-help sub=ld ages=6-18,7-16,8-25 days=evening,weekend
  where=local org=dyslexia venue=centre apply=book style=service
cost: 0.1 | Per lesson | 25 30 35 | for a one-hour lesson
name: Dyslexia support sessions, {town}
name: Reading and spelling help, {town}
name: Dyslexia screening and advice, {town}
open: One-to-one and small group help for children and young people with dyslexia and other
  difficulties with reading, spelling or numbers.
open: Specialist teachers offer screening and advice if you think your child may have dyslexia.
more: Lessons use multi-sensory methods, so children see, hear and move as they learn.
more: We can suggest simple changes for school, such as coloured overlays, extra time or typing
  instead of handwriting.
more: A full report can be shared with your child's school.
more: Parents can come to an evening talk on helping with reading at home.

[college] n=6 cats=lo-education,lo-adulthood sub=ld ages=16-25,16-24,19-25 days=school where=local
  org=college venue=own apply=apply style=service
cost: free
name: Foundation learning courses, {org}
name: Supported learning, {town}
name: Skills for life courses, {town}
open: Full-time college courses for young people with learning difficulties and disabilities who
  want to carry on learning after school.
open: Small, friendly classes that build skills for work, independent living and being part of the
  community.
more: Students can work towards English and maths qualifications at their own pace.
more: Many students have an EHC plan, and we take part in their annual reviews.
more: There are taster days in the summer term so you can see what college is like.
more: Learning support assistants help in class and at break times.
more: Travel training is available for students who want to get to college on their own.

[send-advice] n=6 cats=lo-information-support,lo-education sub=- ages=0-25 days=office where=mixed
  org=sendadvice venue=office apply=self style=info
cost: free
name: SEND information and advice line
name: Independent SEND advice for parents
name: SEND advice drop-in, {town}
name: Help with EHC plans and school support
name: SEND advice for young people | ages=16-25
open: Free, independent and confidential advice about special educational needs and disabilities,
  for parents, carers and young people.
open: We help you understand the SEND system, from support in school to EHC plans, in plain
  English.
more: We can help you fill in forms, read reports and get ready for meetings.
more: If you disagree with a decision about an EHC plan, we can explain your options, including
  mediation and appeals to the SEND tribunal.
more: Young people aged 16 to 25 can talk to us in their own right, without a parent.
more: We are independent of the council, schools and the NHS.

[short-breaks] n=10 cats=lo-social-care,lo-places-to-go sub=breaks ages=5-18,8-18,5-12,11-18
  days=weekend,evening where=local org=breaks venue=centre apply=book style=club
cost: 0.1 | Per session | 5 8 10 12 | per child
name: Short breaks club, {town}
name: Short breaks activity club, {town}
name: Fun club for disabled children, {town}
name: Short breaks youth club, {town} | ages=11-18
open: A short breaks club where disabled children and young people have fun and make friends, while
  their parents and carers get a break.
open: Short breaks give parents time off from caring, and give children time to enjoy activities
  with trained staff.
open: A lively club with games, crafts, cooking and trips out, staffed so that children with
  complex needs can join in.
more: Staff can help with personal care, feeding and medicines, usually with one adult for every
  two children.
more: We meet every child and their family at home before the first session.
more: Places can be paid for from a short breaks budget or a direct payment.
more: There is a sensory room and a quiet space for anyone who needs time out.

[overnight] n=5 cats=lo-social-care sub=breaks ages=5-18,8-18 days=overnight where=local
  org=overnight venue=own apply=referral style=service
cost: 0.6 | Per night | 95 120 | if not funded by the council
name: Overnight short breaks, {town}
name: {org}, {town}
name: Respite stays for children with complex needs, {town}
open: A homely house where disabled children can stay overnight, giving the whole family a chance
  to rest.
open: Planned overnight respite for children and young people with complex health needs or severe
  learning disabilities.
more: Stays are planned in advance and usually follow an assessment of your family's needs.
more: Each child has their own bedroom, and there is a lounge, a garden and a sensory room.
more: Nurses and care staff are trained in epilepsy care, tube feeding and moving and handling.
more: You can visit with your child as many times as you like before the first stay.

[sitting] n=5 cats=lo-social-care,lo-extra-help sub=breaks ages=0-18,2-18 days=office where=local
  org=sitting venue=office apply=self style=service
cost: 0.1 | Hourly rate | 14 16 18 | per hour
name: Home sitting service, {district}
name: Support at home for disabled children, {town}
name: Sitting service, {town}
open: Trained support workers come to your home so you can go out, rest or spend time with your
  other children.
open: Help at home for families of disabled children, from a few hours a week to regular evening
  sitting.
more: The same worker visits each time, so your child gets to know them.
more: Workers can take your child out to the park, the shops or a club.
more: You can use a direct payment to pay for this service.
more: We need at least a week's notice to book a new visit.

[parent-carers] n=6 cats=lo-social-care,lo-information-support sub=groups ages=all
  days=group,office where=mixed org=carers venue=centre apply=self style=group
cost: free
name: Support for parent carers
name: Carers' wellbeing group, {town}
name: Parent carer support line
name: Carers' chat and pamper session, {town}
open: Help and a listening ear for parents and carers of disabled children, including advice on
  carers' assessments.
open: Caring for a disabled child can be tiring and lonely, and this is a place to talk with people
  who understand.
more: We can help you ask for a carer's assessment, which looks at what support you need to keep
  caring.
more: Ask us about Carer's Allowance and other benefits for carers.
more: Sessions include mindfulness, gentle exercise and well-being days.
more: Many carers say the hardest part is asking for help, so we make it easy.

[young-carers] n=5 cats=lo-social-care,lo-extra-help sub=- ages=8-18,5-18,11-18
  days=evening,weekend where=local org=youngcarers venue=youth apply=self style=club
cost: free
name: Young carers club, {town}
name: Siblings and young carers group, {town}
open: A club for children and teenagers who help care for a disabled brother, sister or parent.
open: A group where brothers and sisters of disabled children can have time for themselves.
more: Young carers get a break, have fun and meet others in the same situation.
more: Youth workers can talk to your school about the extra pressure caring can bring.
more: There are trips out in the school holidays.

[salt] n=8 cats=lo-health,lo-education sub=slcn ages=0-18,0-16,2-18 days=clinic where=local
  org=speech venue=clinic apply=referral style=service
cost: 0.5 | Private session | 55 60 65 | for a one-hour session
name: Speech and language therapy clinic, {town}
name: Children's speech and language therapy, {town}
name: Stammering support clinic, {town} | ages=3-18 | open=A speech and language therapy clinic for
  children who stammer, and for their families.
name: Speech and language therapy, {org}
open: Speech and language therapy for children and young people who find it hard to talk,
  understand words, or eat and drink safely.
open: Speech and language therapists assess your child's communication and make a plan with you and
  their school.
more: Call our advice line before making a referral if you are not sure therapy is needed.
more: Therapy may be in clinic, at nursery or school, or online.
more: We often train parents, teaching assistants and nursery staff, because little and often works
  best.
more: Some children use signs, symbols or a talking device, and we can help with all of these.

[physio] n=5 cats=lo-health sub=pd ages=0-18,0-19 days=clinic where=local org=therapy venue=clinic
  apply=referral style=service
cost: 0.5 | Private session | 50 55 | for a one-hour session
name: Children's physiotherapy, {town}
name: Physiotherapy and movement clinic, {town}
name: Hydrotherapy sessions, {town}
open: Physiotherapy for babies, children and young people who have difficulty with movement,
  balance or posture.
open: Physiotherapists help children with physical disabilities to be as active and independent as
  they can.
more: We offer home exercise plans, splints and advice on sitting, standing and walking equipment.
more: Sessions can include hydrotherapy in a warm pool.
more: We work with schools so that exercises fit into the school day.
more: We often see children with cerebral palsy, muscle conditions or late walking.

[ot] n=5 cats=lo-health,lo-extra-help sub=pd ages=0-18,3-18,5-16 days=clinic where=local
  org=therapy venue=clinic apply=referral style=service
cost: 0.5 | Private session | 60 65 | for a one-hour session
name: Children's occupational therapy, {town}
name: Sensory processing and occupational therapy clinic, {town}
name: Handwriting and everyday skills group, {town}
open: Occupational therapy helps children manage everyday tasks such as dressing, eating, writing
  and playing.
open: Occupational therapists look at how your child copes with noise, touch and movement, and
  suggest small changes to help.
more: We can advise on equipment at home, such as bath seats and grab rails.
more: A sensory workshop for parents runs each term and explains sensory processing in a practical
  way.
more: Children may have dyspraxia, autism, cerebral palsy or other conditions, but a diagnosis is
  not needed.
more: We give schools simple ideas, like wobble cushions and movement breaks.

[sleep] n=4 cats=lo-health,lo-extra-help sub=other ages=1-18,2-16 days=office,evening where=mixed
  org=sleep venue=centre apply=self style=service
cost: 0.7 | Private sleep plan | 120 150 | for a full eight-week plan
name: Sleep support for families of children with SEND
name: Sleep clinic, {town}
name: Sleep workshop for parents, {town} | open=A short course for parents on bedtime routines,
  calming activities and making the bedroom a restful place.
name: Sleep advice line for parents
open: Practical help for families whose disabled child has trouble getting to sleep or wakes often
  in the night.
open: Support for parents with bedtime routines, calming activities and nights that keep going
  wrong.
more: A trained sleep practitioner works with you on a simple plan that suits your family.
more: Many autistic children and children with ADHD have sleep problems, and small changes can make
  a big difference.
more: Support is by phone, video call or home visit over about eight weeks.
more: It helps to keep a sleep diary for two weeks before your first appointment.

[toileting] n=4 cats=lo-health,lo-extra-help sub=other ages=2-11,3-18,2-18 days=clinic where=mixed
  org=continence venue=clinic apply=referral style=service
cost: free
name: Toileting and continence advice, {town}
name: Toilet training support for children with SEND
name: Continence advice line for families
name: Continence clinic for children and young people, {town}
open: Advice for parents of children with additional needs who are finding toilet training hard.
open: A nurse-led clinic for children and young people with bladder or bowel problems, including
  those with disabilities.
more: We look at the whole picture, including diet, drinks, routines and sensory needs.
more: Some children can get continence products such as pads; the nurse can check this.
more: We can share picture sequences and stories to help your child understand each step.
more: Workshops for parents run each term at family hubs.

[mental-health] n=9 cats=lo-health,lo-extra-help sub=semh ages=5-18,11-18,11-25,5-11,16-25
  days=clinic,evening where=mixed org=counselling venue=centre apply=self style=service
cost: 0.8 | Private counselling | 35 40 45 | per session
name: Emotional wellbeing support, {town} | open=Support with emotional wellbeing and mental health
  for children and young people with SEND.
name: Counselling for young people, {town} | ages=11-25 | open=Confidential counselling for young
  people who are feeling anxious, low or overwhelmed.
name: Mental health support while you wait for CAMHS | open=Help for families while a child waits
  for CAMHS, the NHS mental health service for children and young people.
name: Anxiety support group for teenagers, {town} | ages=11-18 | open=A small group where teenagers
  learn ways to cope with worry and meet others who feel the same.
name: Young people's wellbeing line | ages=11-25 | open=A phone line where young people can talk
  through how they are feeling with a trained listener.
more: Staff are experienced in working with autistic young people and those with learning
  disabilities.
more: Sessions can be face to face, by phone or by video call.
more: Older children and young people can refer themselves.
more: We also run a six-week course for parents on helping children manage worry.
more: If you are worried about someone's safety right now, call 999 or go to A&E.

[autism] n=6 cats=lo-health,lo-information-support sub=asd ages=0-18,2-18,0-25 days=office
  where=mixed org=icb venue=clinic apply=referral style=service
cost: free
name: Autism assessment for children and young people
name: Autism support after diagnosis
name: Autism advice line for families
name: Autism outreach for schools and colleges
name: Autism support workshops, {town} | open=Workshops for parents and carers after their child's
  autism diagnosis, covering communication, sensory needs and behaviour.
name: Autistic young people's peer group, {town} | ages=11-25 | open=A friendly group where
  autistic young people meet, share tips and try activities together, run by NHS autism support
  staff.
open: Autism support for children and young people in Staffordshire is the job of the NHS
  Staffordshire and Stoke-on-Trent Integrated Care Board.
open: Support for autistic children and young people and their families, arranged by the NHS in
  Staffordshire.
more: You can get advice while you wait for an assessment; you do not need a diagnosis to ask for
  help.
more: Referrals for an autism assessment usually come from a GP, school or health visitor.
more: We explain autism in a positive way and help families plan for changes such as starting a new
  school.
more: Autism support staff can also give advice to your child's nursery, school or college.

[hearing] n=5 cats=lo-health,lo-education sub=hi ages=0-19,0-25,0-16 days=office where=mixed
  org=icb venue=clinic apply=referral style=service langs=bfi
cost: free
name: Sensory support for deaf children and young people
name: Hearing support for children in nurseries and schools
name: Hearing impairment support, {district}
name: Early years visits for deaf babies, {town} | ages=0-5 | open=Specialist teachers visit deaf
  babies and young children at home, helping families with hearing aids, play and early
  communication.
open: Specialist teachers and support workers help deaf children and children with a hearing
  impairment, at home and in school.
open: Sensory support for babies, children and young people with any level of hearing loss,
  arranged by the NHS.
more: We check that hearing aids and radio aids are working well in class.
more: Staff can teach families sign language and share ideas to help your child communicate.
more: Babies are usually referred to us after their newborn hearing test.
more: We give schools advice on seating, lighting and cutting background noise.

[vision] n=5 cats=lo-health,lo-education sub=vi ages=0-19,0-25,5-25 days=office where=mixed org=icb
  venue=clinic apply=referral style=service
cost: free
name: Sensory support for children with a visual impairment
name: Vision support for children in nurseries and schools
name: Visual impairment support, {district}
name: Mobility training for young people with sight loss, {town} | ages=11-25 | open=Mobility
  officers teach young people with a visual impairment to get around safely and confidently,
  including using a cane.
open: Help for children and young people who are blind or have a visual impairment, from birth
  through school and college.
open: Specialist teachers for visual impairment work with families, nurseries and schools so
  children can learn and join in.
more: We can teach braille, touch typing and using magnifiers or tablets.
more: We advise schools on large print, lighting and making classrooms easier to find your way
  around.
more: We can lend some equipment while you wait for your own.
more: Sensory support is arranged by the NHS for children across Staffordshire.

[msi] n=3 cats=lo-health,lo-extra-help sub=msi ages=0-19,0-25 days=office,monthly where=mixed
  org=icb venue=centre apply=referral style=service langs=bfi
cost: free
name: Multi-sensory impairment support
name: Support for deafblind children and young people
name: Deafblind children's family group, {town} | open=A family group for children with
  multi-sensory impairment, with touch, sound and light play.
open: Support for children who have both a hearing impairment and a visual impairment, sometimes
  called deafblind or multi-sensory impairment.
more: A specially trained support worker can work one-to-one with your child at home or school.
more: We use touch and real objects to help children understand what is happening next.
more: Families can borrow sensory toys and equipment.

[wheelchair] n=3 cats=lo-health sub=pd ages=0-18,0-19 days=clinic where=local org=therapy
  venue=clinic apply=referral style=service
cost: free
name: Children's wheelchair and seating clinic, {town} | open=Assessment for wheelchairs, buggies
  and special seating for children who cannot walk far.
name: Wheelchair skills sessions, {town} | ages=5-19 | open=Sessions where young wheelchair users
  learn skills like kerbs, slopes and getting in and out of cars.
more: Your therapist or doctor can refer you, or ask us to review a chair your child has outgrown.
more: Repairs are free if the chair came from this service.
more: Bring the current chair and any questions to the appointment.

[school-transport] n=4 cats=lo-travel,lo-education sub=- ages=4-16 days=office where=county
  org=council venue=office apply=council style=info
cost: free
name: Home to school transport for children with SEND | ages=4-16
name: Transport to school or college for students over 16 | ages=16-25 | open=Some students aged 16
  and over with SEND can get help with transport to school or college.
name: Transport to school: how to apply | ages=4-25
name: Transport to school: reviews and appeals | ages=4-25
open: Staffordshire County Council manages home to school transport, including help for children
  with SEND who cannot walk to school even with an adult.
more: Apply as early as you can before your child starts at a new school.
more: Help could be a seat on a minibus or taxi, a bus pass, or a mileage payment if you drive your
  child yourself.
more: Whether your child qualifies depends on their needs, the distance and whether it is the
  nearest suitable school.
more: If you are not happy with a decision, you can ask for it to be reviewed.

[travel-training] n=5 cats=lo-travel,lo-adulthood sub=ld ages=11-25,14-25,16-25 days=office
  where=local org=travel venue=office apply=referral style=service
cost: free
name: Independent travel training, {town}
name: Learning to use the bus, {town}
name: Travel training for college students, {district} | ages=16-25
open: One-to-one training that helps young people with SEND learn to travel on their own by bus,
  train or on foot.
open: A travel trainer practises a route with you, step by step, until you feel confident to do it
  alone.
more: Training usually takes between four and twelve weeks.
more: We cover road safety, money, timetables and what to do if something goes wrong.
more: Travelling alone can open up college, work and time with friends.
more: Parents are kept up to date at every stage.

[community-transport] n=5 cats=lo-travel sub=pd ages=all days=office where=local org=transport
  venue=office apply=book style=service
cost: 0.0 | Per journey | 2.5 3 4 5 | each way
name: Dial-a-ride accessible minibus, {district}
name: Community car scheme, {town} | open=Volunteer drivers take people to appointments, shops and
  activities when public transport is not an option.
name: Wheelchair accessible minibus, {town}
open: A door-to-door minibus service for people who find it hard to use buses, including disabled
  children and their families.
more: All minibuses have a wheelchair lift and trained drivers.
more: Book at least two days ahead by phone.
more: Groups and schools can hire a minibus with a driver.
more: A carer can travel with the passenger at no extra cost.

[blue-badge] n=2 cats=lo-travel,lo-money sub=pd ages=all days=office where=county org=money
  venue=office apply=self style=info
cost: free
name: Help applying for a Blue Badge | open=Help to fill in a Blue Badge application for a child
  who has trouble walking or needs to be near a vehicle because of medical equipment.
name: Travel concessions advice | open=Advice on concessions that make travel cheaper or easier,
  such as disabled person's bus passes and Blue Badges.
more: Children under three can qualify for a Blue Badge if they need bulky medical equipment or
  must stay close to a vehicle for treatment.
more: Some children with hidden disabilities, such as autism, can also qualify for a Blue Badge.
more: We can check the form before you send it.

[swimming] n=7 cats=lo-places-to-go,lo-health sub=pd ages=3-18,5-18,0-25,4-16 days=weekend,evening
  where=local org=swim venue=leisure apply=book style=club
cost: 0.05 | Per swim | 3.5 4 4.5 6 | per swimmer
name: Inclusive swimming sessions, {town}
name: Sensory swim, {town}
name: Disability swimming club, {town} | ages=5-18 | open=A swimming club where disabled children
  and young people learn to swim with qualified coaches.
name: Quiet family swim, {town}
open: A quiet swimming session with warm water, dimmed lights and no loud music, for children with
  SEND and their families.
open: Relaxed pool sessions with fewer people in the water and a changing area with a hoist.
more: There is a pool hoist and a Changing Places toilet.
more: One carer per swimmer goes in at no charge.
more: Coaches and lifeguards can use Makaton.
more: Floats, noodles and sensory toys are provided.

[holiday] n=10 cats=lo-places-to-go,lo-social-care sub=breaks ages=5-16,5-11,11-18,4-14
  days=holiday where=local org=play venue=centre apply=book style=club
cost: 0.1 | Per day | 15 18 22 25 30 | per child
name: SEND holiday club, {town}
name: Summer play scheme for children with additional needs, {town}
name: Holiday activity days, {town}
name: Holiday club for disabled children, {town}
open: A holiday club for children with additional needs, with games, crafts, outdoor play and
  trips.
open: A play scheme in the school holidays, where disabled children play alongside their friends
  with extra staff support.
open: Busy holiday days with sport, music and making things.
more: Some places are kept for children who get free school meals.
more: Staff are trained in autism awareness, epilepsy care and safe moving and handling.
more: A picture timetable for each day is sent to you in advance.
more: Lunch is provided, and staff can follow special diets.
more: Places fill quickly, so book early.

[youth] n=8 cats=lo-places-to-go,lo-adulthood sub=ld ages=11-25,11-19,14-25,13-25 days=evening
  where=local org=youthclub venue=youth apply=drop-in style=club
cost: 0.2 | Subs | 2 3 4 | per evening
name: Inclusive youth club, {town}
name: Youth club night, {town}
name: Youth club for young people with learning disabilities, {town}
name: Teen social group, {town} | ages=13-19
open: An evening youth club for young people with learning difficulties and disabilities to hang
  out, make friends and try new things.
open: A friendly social group where teenagers and young adults with SEND can relax, play games and
  chat.
more: Members choose the activities, from pool and cooking to music and days out.
more: Young people can come on their own or with a support worker.
more: There is a quiet room with beanbags for anyone who needs a break.
more: Older members help plan the programme, which builds confidence.

[activities] n=10 cats=lo-places-to-go sub=other ages=4-18,5-16,8-25,3-11 days=weekend,evening
  where=local org=sport venue=leisure apply=book style=club
cost: 0.1 | Per session | 3 4 5 6 8 | per child
name: Inclusive football, {town} | org=Otterpool Inclusive Sports | open=A football session for
  children and young people with SEND, where everyone gets a game.
name: Adapted climbing sessions, {town} | org=Wildwood Climbing Club | venue=own | open=Indoor
  climbing for disabled young people, with special harnesses so everyone can have a go.
name: Riding for children with disabilities, {town} | sub=pd | org=Ridgeway Riding for All |
  venue=own | open=Gentle horse riding sessions for disabled children, which can help with balance,
  strength and confidence.
name: Inclusive drama group, {town} | org=Starling Youth Theatre | venue=centre | open=A drama
  group where young people with and without SEND make plays, music and films together.
name: Music and movement group, {town} | sub=ld | org=Marlpit Music Makers | venue=centre | open=A
  music group with drums, singing and movement, for children with learning disabilities or sensory
  needs.
name: Wheelchair sports club, {town} | sub=pd | org=Otterpool Inclusive Sports | open=A sports club
  for wheelchair users and young people with physical disabilities, playing basketball, boccia and
  more.
name: Relaxed cinema screenings, {town} | sub=asd | org=Pinwheel Arts Collective | venue=centre |
  open=Films shown with the lights low and the sound turned down, where it is fine to move around
  and make noise.
name: Forest school for children with SEND, {town} | org=Nettle and Bramble Forest School |
  venue=own | open=Outdoor sessions in the woods, building dens and exploring nature, with plenty
  of staff.
name: Trampoline club for children with additional needs, {town} | org=Otterpool Inclusive Sports |
  open=A trampoline club with trained coaches, for children with autism, ADHD and other needs.
name: Inclusive dance class, {town} | sub=pd | org=Pinwheel Arts Collective | venue=centre | open=A
  dance class where children of all abilities, including wheelchair users, learn routines and
  perform together.
more: Sessions are run by coaches with training in disability and inclusion.
more: Parents and carers can stay and watch, or join in.
more: Equipment is provided, so just wear comfortable clothes.
more: Small groups mean there is time to help everyone.
more: Your first session is a free taster.

[internship] n=6 cats=lo-adulthood,lo-education sub=ld ages=16-24 days=school where=local org=work
  venue=office apply=apply style=service
cost: free
name: Supported internship programme, {town}
name: Supported internships with local employers, {district}
name: Supported internship in shops and cafés, {town}
open: A supported internship is a year-long study programme for young people aged 16 to 24 with an
  EHC plan, spent mostly at a real workplace.
open: Interns learn job skills with a local employer, helped by a job coach, and study English and
  maths too.
more: Job coaches support interns at work and slowly step back as they gain confidence.
more: Many interns go on to paid jobs or apprenticeships.
more: Placements include offices, shops, cafés, warehouses and care homes.
more: Come to one of our open evenings to find out more.

[employment] n=5 cats=lo-adulthood sub=ld ages=16-25,18-25 days=office where=local org=work
  venue=office apply=self style=service
cost: free
name: Supported employment service, {town}
name: Job coaching for young disabled people, {district}
name: Work skills club, {town}
open: Help for young people with SEND to find and keep a paid job, from writing a CV to settling
  into work.
open: A job coach works one-to-one with you to find the right job and make it work.
more: We talk to employers about simple changes that help, such as clear instructions or a quiet
  place for breaks.
more: Young people can try work experience first.
more: We can explain how working affects benefits.
more: Access to Work, a government scheme, may pay for support at work, and we can help you apply.

[independent-living] n=5 cats=lo-adulthood,lo-social-care sub=ld ages=16-25,14-25,18-25
  days=group,evening where=local org=living venue=centre apply=book style=club
cost: 0.3 | Course fee | 20 30 | for the whole course
name: Independent living skills course, {town}
name: Cooking and budgeting for young adults, {town}
name: Moving on: planning for adult life, {town}
open: A practical course for young people with SEND who want to live more independently, covering
  cooking, cleaning, money and staying safe.
open: Young adults learn everyday skills in a real flat, at their own pace.
more: Sessions are hands on, with plenty of practice.
more: We can help young people think about housing and what support they might need.
more: Families are invited to the last session to see what has been learned.
more: There is also a group on friendships, relationships and staying safe online.

[pfa] n=3 cats=lo-adulthood,lo-policy-forms sub=- ages=13-25 days=office where=county org=council
  venue=office apply=council style=info
cost: free
name: Preparing for adulthood in EHC plans
name: Preparing for adulthood: moving to adult services
name: Preparing for adulthood guide for families
open: From Year 9, reviews of your child's EHC plan should start to look at preparing for
  adulthood.
open: Preparing for adulthood means planning for work, independent living, friendships and good
  health as a young person grows up.
more: An EHC plan can carry on up to age 25 if a young person is still in education or training and
  needs the support.
more: Young people's own views are at the centre of every review.
more: Ask about the move from children's to adult services in good time.

[benefits] n=9 cats=lo-money,lo-information-support sub=- ages=0-25 days=office,clinic where=mixed
  org=money venue=centre apply=self style=service
cost: free
name: Benefits advice for families of disabled children, {town}
name: Disability Living Allowance form-filling help | ages=0-16 | open=Advisers help parents claim
  Disability Living Allowance (DLA) for children under 16 with extra care or mobility needs.
name: Benefits check and money advice, {town}
name: Help with PIP claims for young people | ages=16-25 | open=Young people moving from Disability
  Living Allowance to Personal Independence Payment (PIP) at 16 can get help with the claim.
name: Carer's Allowance and benefits advice line
name: Benefits advice drop-in, {town}
open: Free help to check which benefits your family can claim, and to fill in the forms.
open: Advice on the benefits families of disabled children can claim, from Disability Living
  Allowance to help with housing costs.
more: We help with Disability Living Allowance, Personal Independence Payment, Carer's Allowance
  and Universal Credit.
more: Appointments are by phone, at home or at a local drop-in.
more: If a claim is turned down, we can help you ask for the decision to be looked at again.
more: Bring any letters about your benefits to the appointment.

[grants] n=4 cats=lo-money sub=- ages=0-18,0-25 days=- where=county org=grants venue=office
  apply=form style=info
cost: free
name: Family grants for disabled children
name: Equipment grants for children with SEND
name: Grants for family breaks and days out
name: Sensory toy and equipment fund
open: A small charity fund that gives grants to families of disabled children for things like
  sensory toys, washing machines or a family break.
open: Grants for specialist equipment that you cannot get from the NHS or the council.
more: You can apply once a year, and a professional who knows your family must support the
  application.
more: Decisions are usually made within six weeks.
more: Grants are usually between £100 and £500.

[money-advice] n=3 cats=lo-money,lo-extra-help sub=- ages=all days=office where=local org=money
  venue=office apply=self style=service
cost: free
name: Money and debt advice, {town}
name: Budgeting help for families, {town}
open: Confidential advice if you are struggling with debt, bills or rent.
open: Help to make a budget, deal with debts and cut household costs.
more: Advisers understand the extra costs of caring for a disabled child.
more: We can speak to the people you owe money to for you.
more: Home visits are possible if getting out is difficult.

[family-support] n=7 cats=lo-extra-help,lo-social-care sub=semh ages=0-18,0-11,5-18
  days=office,group where=local org=family venue=centre apply=self style=service
cost: 0.6 | Course fee | 10 15 | for the whole course
name: Family support for children with additional needs, {town} | open=A family support worker
  visits you at home to help with routines, behaviour, sleep or getting other services involved.
name: Early help for families, {district} | open=Support for families who are finding things hard,
  before problems grow bigger.
name: Parenting course for families of children with ADHD, {town} | open=A friendly parenting
  course for families of children with ADHD or autism, with calm, practical ideas.
name: Understanding behaviour workshop, {town} | open=A workshop for parents on why children with
  SEND may behave in certain ways, and calm ways to respond.
more: Sessions can be in the daytime or the evening.
more: We work with your child's school or nursery if you would like us to.
more: You can refer yourself, or ask a teacher, GP or health visitor to refer you.
more: There may be a crèche for younger children.

[signing] n=6 cats=lo-extra-help,lo-information-support sub=slcn ages=all days=evening,weekend
  where=local org=parent venue=centre apply=book style=club
cost: 0.2 | Course fee | 20 35 60 | for six weeks
name: Makaton for parents and carers, {town} | open=A beginners' Makaton course, where you learn
  signs and symbols to help your child communicate.
name: British Sign Language for families, {town} | sub=hi | org=Cloudberry Deaf Families | open=A
  friendly sign language course for families of deaf children, taught by a deaf tutor.
name: Makaton signing and singing group, {town} | open=A relaxed group where families learn Makaton
  signs through songs and stories.
name: Family sign language club, {town} | sub=hi | org=Cloudberry Deaf Families | open=A club where
  deaf and hearing children and their families practise British Sign Language through games.
more: No experience is needed.
more: You will get a booklet of signs to practise at home.
more: Nursery staff and teaching assistants often join too.
more: Each course runs for six weeks.

[outreach] n=5 cats=lo-extra-help,lo-education sub=early ages=0-5,0-11,4-16 days=office where=mixed
  org=therapy venue=office apply=referral style=service
cost: free
name: Inclusion outreach for nurseries and pre-schools, {district}
name: SEND training for teaching assistants
name: Inclusion training for schools and colleges
name: Early years inclusion advice line
name: Outreach for early years settings, {town}
open: Specialist staff visit nurseries, pre-schools and childminders to help them include children
  with SEND.
open: Training and advice for schools and colleges on meeting a wide range of needs, from autism to
  physical disabilities.
more: Settings can ask for a visit, and parents are always asked for consent first.
more: Courses cover topics like picture supports, behaviour as communication and sensory needs.
more: Staff can borrow equipment to try before buying.
more: Outreach workers can also help plan a child's move to a new setting.

[parent-groups] n=14 cats=lo-information-support,lo-extra-help sub=groups ages=0-25,0-18
  days=group,monthly,evening where=local org=parent venue=centre apply=drop-in style=group
cost: free
name: Autism parents group, {town} | sub=asd | org=Hollybank Autism Families | open=A friendly
  group for parents and carers of autistic children and young people, with or without a diagnosis.
name: ADHD parent support group, {town} | org=Little Acorns ADHD Circle | open=A group where
  parents of children with ADHD share tips, have a laugh and support each other.
name: Down syndrome family group, {town} | sub=ld | org=Mossfield Down Syndrome Friends |
  open=Family get-togethers for children with Down syndrome, their brothers and sisters and their
  parents.
name: SEND parents coffee and chat, {town} | open=A relaxed coffee and chat group for parents and
  carers of children with any special educational need or disability.
name: Deaf children's family group, {town} | sub=hi | org=Cloudberry Deaf Families | open=A group
  for families of deaf children and children with a hearing impairment, with play for children and
  a chat for parents.
name: Sight loss family group, {town} | sub=vi | org=Willowbrook Sight Loss Friends | open=A
  meeting point for families of children with a visual impairment, with accessible games and days
  out.
name: Dads and male carers group, {town} | open=An informal group for dads, grandads and male
  carers of children with SEND, often meeting for walks or a meal.
name: Parent carer voice drop-in, {town} | open=A drop-in where parents and carers share their
  views on local SEND services and help to shape them.
name: Dyslexia parents group, {town} | sub=ld | open=A group for parents of children with dyslexia,
  with guest speakers and time to talk.
name: Epilepsy and complex health family group, {town} | sub=pd | open=A group for families of
  children with epilepsy or complex health needs.
name: Physical disability family group, {town} | sub=pd | open=A group for families of children
  with physical disabilities, including wheelchair users.
name: Newly diagnosed: support for parents, {town} | open=A welcoming group for parents whose child
  has recently been diagnosed with a disability or condition.
more: Children are welcome, and there are toys and a quiet corner.
more: Guest speakers come some months, for example to talk about benefits or EHC plans.
more: Come once or every time, there is no need to book.
more: The group also has a private online chat for members.
more: Tea, coffee and biscuits are provided.

[info-line] n=3 cats=lo-information-support,lo-policy-forms sub=- ages=0-25 days=office
  where=county org=council venue=office apply=council style=info
cost: free
name: SEND Local Offer information | open=The SEND Local Offer lists support and services for
  children and young people with SEND, from birth to age 25, so families can find them easily.
name: SEND newsletter for families | open=Sign up for a regular email newsletter with SEND news,
  events and changes to services in Staffordshire.
name: Local Offer feedback: tell us what is missing | open=Tell the council if a service is
  missing, out of date or hard to find, so the Local Offer can be improved.
more: The Local Offer covers education, health, social care, leisure, money and preparing for
  adulthood.
more: Information is checked and updated regularly.

[forms] n=8 cats=lo-policy-forms sub=- ages=all days=- where=county org=council venue=office
  apply=form style=info
cost: free
name: Request for an EHC needs assessment: parent form | cat=lo-education | open=The form parents
  and carers use to ask the council for an Education, Health and Care needs assessment.
name: Home to school transport application form | cat=lo-travel | open=The form to apply for home
  to school transport for a child or young person with SEND.
name: Post-16 transport application form | cat=lo-travel | open=The form for students with SEND
  aged 16 and over who need help with transport to school or college.
name: SEND complaints and disagreements: what to do | cat=lo-information-support | open=A guide to
  what you can do if you are unhappy with a decision, from an informal chat to mediation and
  appeals.
name: EHC plan annual review: getting ready | cat=lo-education | open=A short guide and form to
  help you and your child share your views before an EHC plan annual review.
name: SEN support in school: a guide for parents | cat=lo-education | open=A plain English guide to
  how schools should support children with SEND, and what to do if you are worried.
name: Personal budgets for EHC plans | cat=lo-money | open=A personal budget is money to pay for
  some of the support in an EHC plan, and this explains how to ask for one.
name: Preparing for adulthood checklist | cat=lo-adulthood | open=A year-by-year checklist for
  families of young people with SEND, from age 14 to 25.
more: You can fill in the form online, or ask for a paper copy.
more: If you need help with a form, an independent adviser can help.
more: Keep a copy of everything you send.

[referral-forms] n=6 cats=lo-policy-forms sub=- ages=0-18,0-25 days=- where=county org=breaks
  venue=office apply=form style=info
cost: free
name: Short breaks referral form | sub=breaks | cat=lo-social-care | org=breaks | open=The form to
  ask for a place at a short breaks club or an overnight stay.
name: Self-referral form for family support | sub=semh | cat=lo-extra-help | org=family | open=A
  short form to ask for a family support worker to get in touch.
name: Speech and language therapy referral form | sub=slcn | cat=lo-health | org=speech | open=The
  form professionals and parents use to refer a child for speech and language therapy.
name: Wheelchair service referral form | sub=pd | cat=lo-health | org=therapy | open=The form a
  therapist or doctor uses to refer a child for a wheelchair or seating assessment.
name: Young carers referral form | cat=lo-social-care | org=youngcarers | open=A form to tell us
  about a child or teenager who helps care for someone at home.
name: Sensory processing referral form | sub=other | cat=lo-health | org=therapy | open=A form to
  ask for advice from an occupational therapist about sensory needs.
more: The form takes about ten minutes to fill in.
more: We will contact you within two weeks of getting the form.
more: Ask for help if you find forms hard; we can fill it in with you by phone.
"""


# ---- the generator ---------------------------------------------------------------------------
def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()
    return "-".join(words)


def money(amount: float) -> str:
    return f"£{amount:.2f}" if amount != int(amount) else f"£{int(amount)}"


def logical_lines(text: str) -> list[str]:
    """The lines of a text table, with indented continuation lines joined on."""
    lines: list[str] = []
    for raw in text.splitlines():
        if raw.startswith("  ") and lines:
            lines[-1] += " " + raw.strip()
        elif raw.strip():
            lines.append(raw.strip())
    return lines


def parse_organisations(text: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Read ORGANISATIONS into (kind -> names, name -> description)."""
    kinds: dict[str, list[str]] = {}
    about: dict[str, str] = {}
    for line in logical_lines(text):
        kind_list, name, description = (part.strip() for part in line.split(" | ", 2))
        about[name] = description
        for kind in kind_list.split(","):
            kinds.setdefault(kind, []).append(name)
    return kinds, about


def parse_types(text: str) -> list[dict]:
    """Read SERVICE_TYPES into one dict per kind of service."""
    types: list[dict] = []
    for line in logical_lines(text):
        if line.startswith("["):
            key, _, settings = line[1:].partition("]")
            t: dict = dict(item.split("=", 1) for item in settings.split())
            types.append(t)
            t.update(
                key=key,
                n=int(t["n"]),
                cats=t["cats"].split(","),
                names=[],
                open=[],
                more=[],
                sub=None if t["sub"] == "-" else t["sub"],
                days=() if t["days"] == "-" else tuple(t["days"].split(",")),
                langs=tuple(t["langs"].split(",")) if "langs" in t else (),
            )
            t["ages"] = (
                None
                if t["ages"] == "all"
                else [tuple(int(n) for n in span.split("-")) for span in t["ages"].split(",")]
            )
            continue
        field, _, value = line.partition(": ")
        if field == "cost" and value == "free":
            t["cost"] = (1.0,)
        elif field == "cost":
            chance, option, amounts, per = (part.strip() for part in value.split("|"))
            numbers = tuple(float(a) if "." in a else int(a) for a in amounts.split())
            t["cost"] = (float(chance), option, numbers, per)
        elif field == "name":
            pattern, *options = value.split(" | ")
            entry = dict(option.split("=", 1) for option in options)
            if "ages" in entry:
                entry["ages"] = tuple(int(n) for n in entry["ages"].split("-"))
            t["names"].append((pattern, entry))
        else:
            t[field].append(value)
    return types


TYPES = parse_types(SERVICE_TYPES)
PLACED = re.compile(r"\{(town|district)\}")
ORG_KINDS, ORG_ABOUT = parse_organisations(ORGANISATIONS)


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.words = PLACE_WORDS.split()
        self.rng.shuffle(self.words)
        self.phones = [f"01632 960{n:03d}" for n in range(1000)]
        self.rng.shuffle(self.phones)
        self.orgs: dict[str, dict] = {}
        self.org_cycle = {
            kind: self.rng.sample(names, len(names)) for kind, names in ORG_KINDS.items()
        }
        self.org_turn = dict.fromkeys(ORG_KINDS, 0)
        self.venues: dict[tuple[str, str, str], dict] = {}
        self.district_turn = 0
        self.names: set[str] = set()

    # organisations ----------------------------------------------------------------------------
    def organisation(self, spec: str) -> dict:
        """The next organisation of a kind, in turn, or the one named."""
        name = spec
        if spec in ORG_KINDS:
            name = self.org_cycle[spec][self.org_turn[spec] % len(self.org_cycle[spec])]
            self.org_turn[spec] += 1
        if name not in self.orgs:
            short = slug(name).split("-")
            local = {COUNCIL: "send.team", ICB: "icb.children"}.get(name, ".".join(short[:2]))
            domain = "example.com" if len(self.orgs) % 3 == 2 else "example.org"
            self.orgs[name] = {
                "id": uid("organisation", name),
                "name": name,
                "description": ORG_ABOUT[name],
                "email": f"{local}@{domain}",
                "website": f"https://www.{domain}/{slug(name)}",
            }
        return self.orgs[name]

    # places -----------------------------------------------------------------------------------
    def next_district(self, avoid: str = "") -> str:
        districts = [d for d in TOWNS if d != avoid]
        district = districts[self.district_turn % len(districts)]
        self.district_turn += 1
        return district

    def venue(self, district: str, kind: str, org: dict) -> dict:
        towns = TOWNS[district]
        town, lat, lon, outward = self.rng.choice([towns[0], *towns])  # the main town twice
        key = (town, kind, org["name"] if kind == "own" else "")
        if key in self.venues:
            return self.venues[key]
        rng = self.rng
        word = self.words[len(self.venues) % len(self.words)]
        patterns, descriptions = VENUES[kind]
        name = rng.choice(patterns).format(w=word, org=org["name"])
        loc_id = uid("location", *key)
        street = f"{rng.randint(1, 120)} {self.words[-1 - len(self.venues) % len(self.words)]} "
        inward = f"{rng.randint(1, 9)}{''.join(rng.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in '12')}"
        notes = rng.sample(ACCESS, rng.randint(1, 3))
        self.venues[key] = {
            "id": loc_id,
            "name": name if kind != "own" else f"{name}, {town}",
            "description": rng.choice(descriptions),
            "latitude": round(lat + rng.uniform(-0.006, 0.006), 5),
            "longitude": round(lon + rng.uniform(-0.006, 0.006), 5),
            "addresses": [
                {
                    "id": uid(loc_id, "address"),
                    "address_1": street + rng.choice(STREET_ENDS),
                    "city": town,
                    "region": district,
                    "state_province": "Staffordshire",
                    "postal_code": f"{rng.choice(outward)} {inward}",
                    "country": "GB",
                }
            ],
            "accessibility": [
                {"id": uid(loc_id, "access", i), "description": note}
                for i, note in enumerate(notes)
            ],
        }
        return self.venues[key]

    # one service ------------------------------------------------------------------------------
    def service(self, t: dict, i: int) -> dict:
        rng = self.rng
        sid = uid("service", t["key"], i)
        county = t["where"] == "county" or (t["where"] == "mixed" and rng.random() < 0.2)
        if (
            t["where"] == "mixed"
            and {p for p, _ in t["names"] if not PLACED.search(p)} <= self.names
        ):
            county = False  # every county-wide name is taken: this one gets a building

        def usable(pool: list) -> list:  # a service with no building cannot name a town
            return [x for x in pool if not county or not PLACED.search(str(x))]

        # the name entry: in turn, so each is used; one with a building says where it is
        entries = usable(t["names"])
        if not county:
            entries = [e for e in entries if "{" in e[0]] or entries
        pattern, entry = entries[i % len(entries)]
        org = self.organisation(entry.get("org") or t["org"])
        locations, districts = [], []
        if not county:
            districts.append(self.next_district())
            if rng.random() < 0.12:
                districts.append(self.next_district(avoid=districts[0]))
            locations = [self.venue(d, entry.get("venue") or t["venue"], org) for d in districts]
        town = locations[0]["addresses"][0]["city"] if locations else ""
        fill = {"town": town, "district": districts[0] if districts else "", "org": org["name"]}
        name = pattern.format(**fill)
        if name in self.names:  # never repeat a name: try the other entries, then add the place
            for other, other_entry in entries:
                if "org" not in other_entry and other.format(**fill) not in self.names:
                    pattern, entry, name = other, other_entry, other.format(**fill)
                    break
            else:
                name = f"{name} ({town or org['name']})"
        self.names.add(name)
        sub = entry.get("sub") or t["sub"]
        cats = [t["cats"][0]]
        if entry.get("cat"):
            cats.append(entry["cat"])
        elif len(t["cats"]) > 1 and rng.random() < 0.65:
            cats.append(t["cats"][1])
        # description: an opening sentence, one or two details, sometimes a closing line
        openings = usable(t["open"])
        opening = entry.get("open") or openings[i % len(openings)]
        more = usable(t["more"])
        sentences = [opening, *rng.sample(more, min(len(more), rng.choice((1, 1, 2))))]
        if rng.random() < 0.5:
            sentences.append(rng.choice(CLOSERS[t["style"]]))
        sentences = [s.format(**fill) for s in sentences]
        url = f"https://www.{org['website'].split('www.')[1]}/{slug(name)[:60]}"
        html = rng.random() < 0.10
        description = self.html(sentences[:3], url) if html else " ".join(sentences)

        service: dict = {
            "id": sid,
            "name": name,
            "description": description,
            "url": url,
            "email": org["email"],
            "status": "active",
        }
        service["fees_description"], cost_options = self.costs(sid, t["cost"])
        ages = entry.get("ages") or (rng.choice(t["ages"]) if t["ages"] else None)
        if ages:
            service["minimum_age"], service["maximum_age"] = ages
        who = {
            "group": "Parents and carers of children and young people with SEND.",
            "club": "Children and young people with SEND.",
            "service": "Children and young people with SEND, and their families.",
            "info": "Families, young people and professionals.",
        }[t["style"]]
        span = f"For ages {ages[0]} to {ages[1]}." if ages else "All ages welcome."
        where = (
            "Open to families anywhere in Staffordshire."
            if county
            else f"Mainly for families living in or near {fill['district']}."
        )
        service["eligibility_description"] = f"{who} {span} {where}"
        service["application_process"] = rng.choice(APPLY[t["apply"]])
        changed = datetime.date(2026, 5, 1) + datetime.timedelta(days=rng.randint(0, 205))
        service["last_modified"] = (
            f"{changed.isoformat()}T{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00Z"
        )
        service["assured_date"] = (
            changed - datetime.timedelta(days=rng.randint(0, 40))
        ).isoformat()
        service["organization"] = org
        service["service_at_locations"] = [
            {"id": uid(sid, "at", loc["id"]), "location": loc} for loc in locations
        ]
        service["phones"] = self.phone_list(sid)
        if rng.random() < 0.45:
            role, title = rng.choice(CONTACT_ROLES[t["style"]])
            service["contacts"] = [
                {
                    "id": uid(sid, "contact"),
                    "name": role,
                    "title": title,
                    "email": f"{slug(role).split('-')[0]}.{org['email']}",
                }
            ]
        service["schedules"] = self.schedules(sid, t["days"])
        service["cost_options"] = cost_options
        areas = [COUNTY] if county else list(dict.fromkeys(districts))
        service["service_areas"] = [
            {
                "id": uid(sid, "area", a),
                "name": a,
                "description": "By phone, online or at home, anywhere in the county."
                if county
                else f"Mainly for families in {a}, but others are welcome if there is space.",
            }
            for a in areas
        ]
        service["languages"] = self.language_list(sid, t["langs"], sub)
        terms = [self.term(c) for c in cats]
        if sub:
            terms.append(self.send_term(sub))
        service["attributes"] = [
            {"id": uid(sid, "attribute", term["id"]), "taxonomy_term": term} for term in terms
        ]
        return service

    def costs(self, sid: str, cost: tuple) -> tuple[str, list[dict]]:
        """(fees_description, cost_options): free, or a price with sometimes a reduced rate."""

        def option(k: int, name: str, amount: float, per: str) -> dict:
            return {"id": uid(sid, "cost", k), "option": name, "amount": amount,
                    "currency": "GBP", "amount_description": per}  # fmt: skip

        if self.rng.random() < cost[0]:
            return self.rng.choice(FREE_WORDS), [option(0, "Free", 0, "No charge")]
        name, amounts, per = cost[1:]
        amount = self.rng.choice(amounts)
        fees, options = f"{money(amount)} {per}.", [option(0, name, amount, per)]
        if self.rng.random() < 0.3:
            low = round(amount * 2) / 4  # about half, to the nearest 25p
            low = int(low) if low == int(low) else low
            fees += f" {money(low)} for families on a low income."
            options.append(option(1, "Reduced rate", low, f"{per}, for families on a low income"))
        return fees, options

    def html(self, sentences: list[str], url: str) -> str:
        """Light HTML of the kind real council feeds carry; the kiosk's importer cleans it."""
        first, rest = sentences[0], " ".join(sentences[1:])
        rest = rest.replace(" and ", " &amp; ", 1)
        link = f'More details are on <a href="{url}">our website</a>.'
        tail = "<p>&nbsp;</p>" if self.rng.random() < 0.5 else ""
        return f"<p>{first}&nbsp;</p><p>{rest}<br>{link}</p>{tail}"

    def phone_list(self, sid: str) -> list[dict]:
        count = 2 if self.rng.random() < 0.12 else 1
        notes = self.rng.sample(PHONE_NOTES, count)
        return [
            {
                "id": uid(sid, "phone", k),
                "number": self.phones.pop(),
                "type": "voice",
                "description": notes[k],
            }
            for k in range(count)
        ]

    def schedules(self, sid: str, styles: tuple[str, ...]) -> list[dict]:
        if not styles:
            return []
        rng = self.rng
        chosen = [rng.choice(styles)]
        if len(styles) > 1 and rng.random() < 0.15:
            chosen.append(next(s for s in styles if s != chosen[0]))
        out = []
        for k, style in enumerate(chosen):
            days, hours, notes = SCHEDULES[style]
            byday = rng.choice(days)
            opens, closes = rng.choice(hours)
            note = rng.choice(notes)
            if style == "monthly":
                ordinal = ("first", "second", "third", "fourth")[int(byday[0]) - 1]
                note = f"The {ordinal} {DAY_NAMES[byday[1:]]} of each month."
            item = {
                "id": uid(sid, "schedule", k),
                "freq": "MONTHLY" if style == "monthly" else "WEEKLY",
                "byday": byday,
            }
            if opens:
                item["opens_at"], item["closes_at"] = f"{opens}:00", f"{closes}:00"
            if note:
                item["description"] = note
            out.append(item)
        return out

    def language_list(self, sid: str, always: tuple[str, ...], sub: str | None) -> list[dict]:
        codes = ["en", *always]
        if sub in ("hi", "msi") and "bfi" not in codes:
            codes.append("bfi")
        if self.rng.random() < 0.2:
            codes += [
                c for _, c in self.rng.sample(LANGUAGES, self.rng.randint(1, 2)) if c not in codes
            ]
        names = {"en": "English", **{c: n for n, c in LANGUAGES}}
        return [{"id": uid(sid, "language", c), "name": names[c], "code": c} for c in codes]

    @staticmethod
    def term(cat: str) -> dict:
        name, description = CATEGORIES[cat]
        return {
            "id": cat,
            "name": name,
            "description": description,
            "parent_id": None,
            "taxonomy": "staffordshire-local-offer",
        }

    @staticmethod
    def send_term(key: str) -> dict:
        term_id, name = SEND[key]
        return {
            "id": term_id,
            "name": name,
            "description": SEND_DESCRIPTION,
            "parent_id": None,
            "taxonomy": "dfe-family-hubs-send",
        }


def build() -> dict:
    builder = Builder()
    services = [builder.service(t, i) for t in TYPES for i in range(t["n"])]
    builder.rng.shuffle(services)  # mix the types, as a real directory export would be
    return {
        "metadata": METADATA,
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": services,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args()
    text = json.dumps(build(), indent=1, ensure_ascii=False) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out} ({len(text.encode('utf-8')):,} bytes)")


if __name__ == "__main__":
    main()
