"""Our own spring 2026 mail, as customers quote it under their replies (wording written for this set).
OURS[key] = (from name, from address, local send time (Central), subject, body, Message-ID)."""
import datetime as dt

ADDR = "Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"
PROMO_FOOT = ("--\nYou received this because you are an Alliant Energy customer who receives program news and offers.\n"
              "Reply STOP or visit https://email.alliant-energy.com/u/hp26-spr to unsubscribe.\n" + ADDR)
PROMO_FOOT_ES = ("--\nRecibe este mensaje porque es cliente de Alliant Energy y recibe noticias de programas y ofertas.\n"
                 "Para no recibir más mensajes como este, responda BAJA.\n" + ADDR)
CAT_FOOT = ("--\nPowerHouse Catalog is part of the Alliant Energy family of companies. We sometimes exchange names and\n"
            "postal addresses with other catalog companies. If you prefer that we not share yours, reply to this\n"
            "e-mail. Unsubscribe from catalog e-mail: https://catalog.alliant-energy.com/unsub\n"
            "PowerHouse Catalog, P.O. Box 77007, Madison, WI 53707")

OURS = {
    "promo_hp": ("Alliant Energy", "offers@email.alliant-energy.com", dt.datetime(2026, 4, 7, 9, 30),
                 "Spring into comfort: up to $1,600 back on a heat pump",
                 "This spring, swap your old air conditioner for an efficient air-source heat pump and get up to\n"
                 "$1,600 back when a participating contractor installs it by June 30.\n\n"
                 "Heat pumps cool in summer and heat on mild days, often for less than your furnace.\n\n"
                 "Find a participating contractor: https://www.alliant-energy.com/heatpump-spring\n\n"
                 "Rebate amounts depend on equipment efficiency. Limit one rebate per address.\n\n" + PROMO_FOOT,
                 "<0100019d4a7be310-2c1f9e8a-5b73-4d0e-9f21-7a0c3e55d1b8-000000@email.alliant-energy.com>"),
    "promo_hp_es": ("Alliant Energy", "ofertas@email.alliant-energy.com", dt.datetime(2026, 4, 9, 10, 0),
                    "Esta primavera, reciba hasta $1,600 por una bomba de calor",
                    "Cambie su aire acondicionado viejo por una bomba de calor eficiente y reciba hasta $1,600\n"
                    "de reembolso si un contratista participante la instala antes del 30 de junio.\n\n"
                    "Busque un contratista: https://www.alliant-energy.com/es/bomba-de-calor\n\n"
                    "El monto depende de la eficiencia del equipo. Un reembolso por domicilio.\n\n" + PROMO_FOOT_ES,
                    "<0100019d5e21a7c4-81d3b6f0-0e4a-4c19-b2d7-55e8a91f3c02-000000@email.alliant-energy.com>"),
    "cat_spring": ("PowerHouse Catalog", "deals@catalog.alliant-energy.com", dt.datetime(2026, 4, 2, 7, 0),
                   "Your Spring 2026 PowerHouse Catalog is on its way",
                   "Look for the spring catalog in your mailbox this week: 64 pages of smart plugs, LED shop\n"
                   "lights, rechargeable yard tools and everything for the porch and garden.\n\n"
                   "Browse it online now: https://catalog.alliant-energy.com/spring26\n"
                   "Free shipping on orders over $59 through April 30.\n\n" + CAT_FOOT,
                   "<spring26.launch.7731.a9c2@catalog.alliant-energy.com>"),
    "garden_sale": ("PowerHouse Catalog", "deals@catalog.alliant-energy.com", dt.datetime(2026, 5, 1, 6, 45),
                    "Garden Sale: 25% off solar path lights, rain barrels and drip kits",
                    "Our Garden Sale is on through Sunday, May 10.\n\n"
                    "- Solar path lights, 8-pack: $44.96 (was $59.95)\n"
                    "- 55-gallon rain barrel with diverter: $74.25 (was $99.00)\n"
                    "- Drip irrigation starter kit: $29.96 (was $39.95)\n\n"
                    "Shop the sale: https://catalog.alliant-energy.com/garden\n\n" + CAT_FOOT,
                    "<garden26.sale.0412.e71d@catalog.alliant-energy.com>"),
    "outage": ("Alliant Energy Outage Alerts", "outagealerts@notify.alliant-energy.com", dt.datetime(2026, 4, 21, 19, 52),
               "Power outage at your address",
               "We're aware of an outage affecting your address after tonight's severe thunderstorms.\n"
               "Estimated restoration: 11:30 PM. Crews are assessing damage; times may change.\n\n"
               "Stay at least 35 feet from downed lines and report them at 1-800-255-4268.\n"
               "Reply STATUS for an update.",
               "<OMS.20260421.1952.48817@notify.alliant-energy.com>"),
    "restored": ("Alliant Energy Outage Alerts", "outagealerts@notify.alliant-energy.com",
                 dt.datetime(2026, 4, 22, 2, 14), "Power has been restored",
                 "Power has been restored at your address. Thank you for your patience while our crews\n"
                 "worked through the night. If you are still without power, call 1-800-255-4268.",
                 "<OMS.20260422.0214.48817@notify.alliant-energy.com>"),
    "bill": ("Alliant Energy", "billing@notify.alliant-energy.com", dt.datetime(2026, 5, 4, 5, 20),
             "Your April statement is ready",
             "Your statement for the billing period ending April 29 is ready.\n"
             "Amount due: $142.87   Due date: May 22, 2026\n\n"
             "View or pay: https://www.alliant-energy.com/myaccount\n"
             "This is a service message about your account.",
             "<bill.20260504.052000.6614290@notify.alliant-energy.com>"),
    "bill_es": ("Alliant Energy", "billing@notify.alliant-energy.com", dt.datetime(2026, 5, 4, 5, 21),
                "Su estado de cuenta de abril está listo",
                "Su estado de cuenta del periodo que termina el 29 de abril está listo.\n"
                "Monto a pagar: $96.40   Fecha de vencimiento: 22 de mayo de 2026\n\n"
                "Consulte o pague: https://www.alliant-energy.com/es/micuenta\n"
                "Este es un mensaje de servicio sobre su cuenta.",
                "<bill.20260504.052100.6615033@notify.alliant-energy.com>"),
    "ack": ("Alliant Energy Customer Care", "customercare@alliant-energy.com", dt.datetime(2026, 4, 14, 10, 12),
            "Your privacy request PRV-2026-004417",
            "Thank you for contacting us. We have recorded your request to stop promotional mail and e-mail\n"
            "from Alliant Energy. Mailings already printed may still arrive for up to 30 days.\n\n"
            "Reference: PRV-2026-004417\nAlliant Energy Customer Care",
            "<PRV-2026-004417.1776179520@privacy.alliant-energy.com>"),
    "ack2": ("Alliant Energy Customer Care", "customercare@alliant-energy.com", dt.datetime(2026, 5, 6, 14, 40),
             "Your privacy request PRV-2026-005102",
             "Thank you for contacting us. We have recorded your request to stop promotional mail and e-mail\n"
             "from Alliant Energy. Mailings already printed may still arrive for up to 30 days.\n\n"
             "Reference: PRV-2026-005102\nAlliant Energy Customer Care",
             "<PRV-2026-005102.1778096400@privacy.alliant-energy.com>"),
    "ack_ph": ("PowerHouse Catalog", "powerhousecatalog@alliant-energy.com", dt.datetime(2026, 4, 20, 11, 5),
               "Request received - PHC-26-01184",
               "Thank you for writing. Your name has been removed from our catalog mailing list. Because the\n"
               "summer catalog is already at the printer, you may receive one more copy.\n\n"
               "Reference: PHC-26-01184\nPowerHouse Catalog Customer Service",
               "<PHC-26-01184.20260420110500@catalog.alliant-energy.com>"),
    "ack_es": ("Alliant Energy Customer Care", "customercare@alliant-energy.com", dt.datetime(2026, 4, 28, 9, 47),
               "Su solicitud de privacidad PRV-2026-004790",
               "Gracias por escribirnos. Registramos su solicitud de no recibir publicidad por correo postal ni\n"
               "electrónico. Los envíos ya impresos pueden llegar durante 30 días más.\n\n"
               "Referencia: PRV-2026-004790\nAtención al Cliente de Alliant Energy",
               "<PRV-2026-004790.1777387620@privacy.alliant-energy.com>"),
}

KIND = {"promo_hp": "promotion", "promo_hp_es": "promotion", "cat_spring": "catalog promotion",
        "garden_sale": "catalog promotion", "outage": "service", "restored": "service",
        "bill": "service", "bill_es": "service", "ack": "acknowledgement", "ack2": "acknowledgement",
        "ack_ph": "acknowledgement", "ack_es": "acknowledgement"}
