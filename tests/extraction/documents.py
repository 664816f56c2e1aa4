# ruff: noqa: E501
"""Example documents for the extraction tests, written for the test suite.

They imitate the five shapes the dialogue publishes (a list of past meetings, an
announcement, a meeting page, a social-media feed, a French concept note); every
sentence is original.
"""

from __future__ import annotations

LISTING = """\
Past meetings of the dialogue

Dakar, 12-13 March 2019, hosted by Senegal and co-chaired by Italy.
The Rabat Process brought partners together for a Thematic Meeting on Labour Migration and Skills. Some 95 participants from 38 countries discussed recognition of qualifications and seasonal work schemes, and the co-chairs presented 14 recommendations.

Tunis, 4 December 2018, organised by ICMPD
A side event on data sharing was organised in the margins of the annual conference held on 3 December 2018. It looked at border management statistics.

Bamako, 22-23 May 2017, hosted and chaired by Mali.
Under the Rabat Process, national officials met to exchange on return and reintegration programmes. Members of the Khartoum Process were also invited to attend.

Page 1 of 3
"""

ANNOUNCEMENT = """\
Protecting people on the move is a shared responsibility. A technical meeting of the Rabat Process will take place on 9 and 10 October 2025 in Praia, Cabo Verde, to look at asylum systems and the identification of refugees. The meeting will be co-chaired by Belgium and Cabo Verde. It will be held in a hybrid format.

A first exchange on this subject took place at the previous technical meeting of the Rabat Process in Accra in March 2021.

Partners who wish to attend are asked to register by 15 September 2025.
"""

PAGE = """\
Activities

Revisiting the workshop on diaspora investment

Date: 3 and 4 May 2016
Place: Lisbon, Portugal

More than 70 participants from 25 countries took part in the Workshop on Diaspora Investment and Remittances on 3 and 4 May 2016 in Lisbon. The workshop was organised by ICMPD in collaboration with IOM within the framework of the Rabat Process.

Participants looked at ways to lower the cost of remittances and to support diaspora entrepreneurs. The co-chairs closed the meeting with 9 recommendations.
"""

FEED = """\
Big week ahead for the Rabat Process! Our Steering Committee meeting will take place in Rome on 4 and 5 June, followed by a visit to a training centre for returnees. 🤝 Co-chaired by Italy and Mauritania #return #reintegration
Rabat Process' Post
More Relevant Posts
-
Looking back at our year: ❇️Climate and mobility❇️ A thematic meeting in Accra produced 11 recommendations on climate change and displacement. 🤝Co-organisers: Ghana, France ❇️Legal pathways❇️ A webinar on skills partnerships gathered 210 participants online. 🤝Co-organisers: Spain, Nigeria #migration #mobility
To view or add a comment, sign in
-
Happy International Day of Family Remittances! On 16 June we celebrate migrant workers everywhere. #remittances
To view or add a comment, sign in
2,311 followers
"""

NOTE_FR = """\
Note conceptuelle

Le Processus de Rabat organise une réunion thématique sur la migration légale les 13 et 14 novembre 2024 à Dakar, Sénégal. La réunion sera co-présidée par le Sénégal et l'Espagne et se tiendra en présentiel.

Cette réunion fait suite à la dernière conférence ministérielle du Processus de Rabat, tenue à Cadix en décembre 2022, qui a adopté le Plan d'action de Cadix (2023-2027).

Les partenaires sont invités à s'inscrire avant le 20 octobre 2024. Plus de 80 participants sont attendus.
"""
