<#import "common.ftl" as c>
<#assign subject = "Vårt svar på ditt klagomål">
<#assign summary = "Här är vårt svar på ditt ärende ${caseReference}: vad vi har kommit fram till, varför, och vad du kan göra om du inte är nöjd.">
# Vårt svar på ditt klagomål

Hej ${recipient.name},

Du klagade den ${receivedDate} på hur vi har hanterat fordran ${claimReference} från ${creditor} (ärende ${caseReference}). Nu har vi gått igenom det.

## Vårt beslut

<#switch decision>
<#case "UPHELD">
> Du har rätt. Vi har gjort fel och ber om ursäkt.
<#break>
<#case "PARTIALLY_UPHELD">
> Du har delvis rätt.
<#break>
<#default>
> Vi har inte hittat något fel i hur vi har hanterat ärendet.
</#switch>

## Varför

${reasons}

## Det här gör vi

<#if redress??>
${redress}
<#else>
Vi gör ingen ändring eller ersättning, eftersom vi inte har hittat något fel.
</#if>
<#if redressAmount??>

Värdet av rättelsen är ${redressAmount}.
</#if>

<@c.free/>

<@c.routes/>

<@c.officer/>

<@c.signature/>
