<#import "common.ftl" as c>
<#assign what = (objection == "true")?then("objection", "complaint")>
<#assign subject = "You have withdrawn your " + what>
<#assign summary = "We have noted that you withdrew your ${what} ${caseReference}. We are no longer handling it.">
# You have withdrawn your ${what}

Dear ${recipient.name},

On ${withdrawnDate} you withdrew your ${what} ${caseReference} about claim ${claimReference} from ${creditor}. We are no longer handling it. Everything you sent us stays with the case.

<#if objection == "true">
> Collection of the claim is no longer paused. We may go on collecting the claim as usual.
</#if>

## If you change your mind

You can make a new complaint or objection at any time in Mina sidor (My pages), ${agency.portalUrl}, or call us on ${agency.phone}.

<@c.sms/>

<@c.signature/>
