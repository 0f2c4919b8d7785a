"""Our own outgoing mail, as customers quote or forward it.

Each entry: sender display name, address, subject, plain text.  The texts are deliberately full of
'unsubscribe', 'opt out', 'share' and 'STOP': those words belong to us, never to the customer who quotes them.
"""

OURS = {
    "promo_spring": dict(
        name="Alliant Energy", addr="offers@email.alliant-energy.com",
        subject="Spring savings: up to $75 back on a smart thermostat",
        text="""Spring into savings, {first}!

Install an ENERGY STAR(R) smart thermostat by May 31 and get up to $75 back
with our Home Energy Rebates program. Pair it with our free Home Energy
Assessment and see where your home is losing heat.

Shop rebates: https://www.alliant-energy.com/rebates

You are receiving this promotional email because you are an Alliant Energy
customer. To stop receiving offers like this, click Unsubscribe or reply
STOP. Unsubscribing from promotional email does not affect bill or outage
notices. Manage your preferences: https://www.alliant-energy.com/preferences
Privacy notice: https://www.alliant-energy.com/privacy

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),

    "promo_es": dict(
        name="Alliant Energy", addr="ofertas@email.alliant-energy.com",
        subject="Ahorre este verano con nuestro programa de reembolsos",
        text="""Hola {first}:

Este verano, ahorre hasta $50 al reciclar su refrigerador viejo con el
programa de reembolsos de Alliant Energy. Recogemos el aparato sin costo.

Más información: https://www.alliant-energy.com/es/reembolsos

Recibe este correo promocional porque es cliente de Alliant Energy. Para
dejar de recibir ofertas, haga clic en Cancelar suscripción o responda BAJA.
Esto no afecta los avisos de factura ni de apagones.

Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),

    "catalog_new": dict(
        name="PowerHouse Catalog", addr="powerhousecatalog@alliant-energy.com",
        subject="Your new PowerHouse Catalog is on the way",
        text="""The new PowerHouse Catalog is in the mail!

Look for it in your mailbox this week: LED lighting, weatherstripping,
smart plugs and our new line of heated mattress pads, all at member prices.
Browse online at https://www.powerhousecatalog.com

PowerHouse Catalog occasionally shares customer names and postal addresses
with other reputable catalog companies. If you prefer that we not share
your name, or to opt out of catalog mailings and promotional email, reply
to this message or call 1-800-255-4268. Unsubscribe:
https://www.powerhousecatalog.com/unsubscribe"""),

    "catalog_sale": dict(
        name="PowerHouse Catalog", addr="deals@powerhousecatalog.com",
        subject="48 hours only: 25% off LED bulbs",
        text="""25% OFF ALL LED BULBS - 48 HOURS ONLY

Use code BRIGHT25 at checkout. Free shipping on orders over $49.
Shop now: https://www.powerhousecatalog.com/led

You received this email because you shopped with the PowerHouse Catalog.
Unsubscribe from promotional email | Update your mailing preferences |
Do not share my name with other catalog companies:
https://www.powerhousecatalog.com/privacy-choices"""),

    "catalog_order": dict(
        name="PowerHouse Catalog", addr="orders@powerhousecatalog.com",
        subject="Your PowerHouse order #PH-448120 has shipped",
        text="""Good news! Your order #PH-448120 has shipped.

  1 x Draft stopper, 36 in.          $14.99
  2 x LED A19 bulb, 4-pack           $23.98

Track your package: https://www.powerhousecatalog.com/track/PH-448120

Questions about your order? Reply to this email or call 1-800-255-4268.
This is a transactional message about your order."""),

    "outage": dict(
        name="Alliant Energy Alerts", addr="alerts@alliant-energy.com",
        subject="Outage alert: power outage reported near your address",
        text="""We're aware of a power outage affecting your service address.

Cause: under investigation
Estimated restoration: 6:30 PM
Customers affected: 412

We'll send an update when power is restored. View the outage map:
https://www.alliant-energy.com/outagemap

You are receiving this alert because you signed up for outage alerts.
To stop outage alerts, reply STOP or manage alerts in My Account."""),

    "outage_es": dict(
        name="Alliant Energy Alertas", addr="alerts@alliant-energy.com",
        subject="Alerta: corte de energía cerca de su domicilio",
        text="""Sabemos de un corte de energía que afecta su domicilio de servicio.

Causa: en investigación
Restablecimiento estimado: 8:15 p. m.

Para dejar de recibir alertas de apagones, responda STOP o administre sus
alertas en Mi Cuenta."""),

    "bill": dict(
        name="Alliant Energy", addr="no-reply@billing.alliant-energy.com",
        subject="Your Alliant Energy bill is ready",
        text="""Your bill is ready to view.

Amount due: $142.87
Due date: {due}

View and pay: https://www.alliant-energy.com/myaccount

This is a service message about your account. You can't unsubscribe from
account notices, but you can choose paper or paperless billing in My Account.
Please do not reply to this email; this mailbox is not monitored."""),

    "bill_promo": dict(
        name="Alliant Energy", addr="no-reply@billing.alliant-energy.com",
        subject="Your Alliant Energy bill is ready",
        text="""Your bill is ready to view.

Amount due: $98.41
Due date: {due}

NEW: Save up to 10% with a free smart thermostat from our partners.
Learn more: https://www.alliant-energy.com/offers

View and pay: https://www.alliant-energy.com/myaccount
Unsubscribe from offers | Manage notifications"""),

    "bill_es": dict(
        name="Alliant Energy", addr="no-reply@billing.alliant-energy.com",
        subject="Su factura de Alliant Energy está lista",
        text="""Su factura está lista.

Monto a pagar: $87.30
Fecha de vencimiento: {due}

Vea y pague: https://www.alliant-energy.com/es/micuenta

Este es un mensaje de servicio sobre su cuenta. No puede cancelar la
suscripción a los avisos de cuenta."""),

    "ack": dict(
        name="Alliant Energy Customer Care", addr="customercare@alliant-energy.com",
        subject="We received your privacy request [ref AE-{ref}]",
        text="""Thank you for contacting Alliant Energy.

We received your request and recorded it under reference AE-{ref}.
Opt-out requests take effect within 10 business days; mailings already
printed may still arrive for up to 6 weeks. If you asked us not to share
your name, we will remove it from lists exchanged with other companies.

Alliant Energy Customer Care
Privacy notice: https://www.alliant-energy.com/privacy"""),

    "ack_es": dict(
        name="Alliant Energy Atención al Cliente", addr="customercare@alliant-energy.com",
        subject="Recibimos su solicitud de privacidad [ref AE-{ref}]",
        text="""Gracias por comunicarse con Alliant Energy.

Recibimos su solicitud con la referencia AE-{ref}. Las solicitudes de
exclusión se aplican en un plazo de 10 días hábiles; los envíos ya
impresos pueden seguir llegando hasta 6 semanas.

Atención al Cliente de Alliant Energy"""),

    "newsletter": dict(
        name="Alliant Energy", addr="news@email.alliant-energy.com",
        subject="Power Lines: community solar, tree trimming and more",
        text="""POWER LINES - your monthly news from Alliant Energy

* Community solar: subscriptions open April 1
* Tree trimming season starts in your area
* Special offer: $25 off a home energy assessment

Read more: https://www.alliant-energy.com/powerlines

Don't want Power Lines? Unsubscribe here. We never sell your email address.
Alliant Energy, 4902 N. Biltmore Lane, Madison, WI 53718"""),
}
