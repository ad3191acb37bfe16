<#import "common.ftl" as c>
<#assign subject = "Ditt svar dröjer – nytt datum ${newDue}">
<#assign summary = "Vi behöver mer tid för ärende ${caseReference}. Du får vårt svar senast ${newDue}.">
# Vi behöver lite mer tid

Hej ${recipient.name},

Vi lovade att svara på ditt ärende ${caseReference} senast ${missedDue}. Det hinner vi tyvärr inte, och vi ber om ursäkt för det.

## Varför det dröjer

${reason}

> Du får vårt svar senast ${newDue}.

Du behöver inte göra något. Om du har nya uppgifter i ärendet får du gärna skicka dem till oss i Mina sidor.

<@c.officer/>

<@c.signature/>
