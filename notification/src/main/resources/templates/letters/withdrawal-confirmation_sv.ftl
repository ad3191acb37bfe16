<#import "common.ftl" as c>
<#assign what = (objection == "true")?then("din invändning", "ditt klagomål")>
<#assign subject = "Du har dragit tillbaka " + what>
<#assign summary = "Vi har noterat att du drog tillbaka ${what} ${caseReference}. Vi handlägger inte ärendet längre.">
# Du har dragit tillbaka ${what}

Hej ${recipient.name},

Den ${withdrawnDate} drog du tillbaka ${what} ${caseReference} om fordran ${claimReference} från ${creditor}. Vi handlägger inte ärendet längre. Allt du skickade till oss finns kvar i ärendet.

<#if objection == "true">
> Indrivningen av fordran är inte längre pausad. Vi kan fortsätta driva in fordran som vanligt.
</#if>

## Om du ändrar dig

Du kan när som helst lämna ett nytt klagomål eller en ny invändning på Mina sidor, ${agency.portalUrl}, eller ringa oss på ${agency.phone}.

<@c.sms/>

<@c.signature/>
