"""Common given names across languages, folded (``workbench.text.fold``), written for this project.

A name list only helps: a person is also recognised by a title ("Minister ..."), a role
("her deputy, ..."), a verb of saying, or a first word the same article uses as a given
name elsewhere (``entities.Article.learn_given_names``).  The list covers the names news
writes most often in English, Spanish, Portuguese, French, Italian, German, Dutch,
Nordic, Polish, Czech, Balkan, Greek, Russian, Ukrainian, Georgian, Armenian, Turkish,
Arabic, Persian, Hebrew, South Asian, East and Southeast Asian and African transliterations,
with their common spellings.  Words that are also ordinary words or places are removed
by ``lexicon.NOT_GIVEN_NAMES``.
"""

from __future__ import annotations

GIVEN_NAMES_TEXT = """
# English
aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alfred alice alicia
alison allan allen amanda amy andrea andrew angela angus ann anna anne annie anthony
antony arthur ashley audrey barbara barry beatrice ben benjamin bernard beth betty beverly
billy blake bonnie brad bradley brandon brenda brendan brett brian bridget brittany brooke
bruce bryan caleb calvin cameron carl carla carol caroline carolyn catherine cathy charles
charlie charlotte cheryl chloe chris christian christina christine christopher cindy
claire clara clare clifford clint colin connor craig curtis cynthia dale damian
dan dana daniel danielle danny darren dave david deborah debra denis denise dennis
derek diana diane donald donna doris dorothy doug douglas duncan dylan eddie edgar edith
edmund edward edwin eileen elaine eleanor elijah elizabeth ella ellen emily emma eric erica
erin ernest ethan eugene evan evelyn felicity fiona frances francis frank fred
frederick gabriel gail gareth gary gavin gemma geoffrey george georgina gerald gerard gilbert
gillian gina glenn gloria gordon graham greg gregory hannah harold harriet harry harvey
hayley heather helen henry herbert howard hugh ian irene isaac isabel isabella jack
jackie jacob jacqueline jake james jamie jane janet janice jason jean jeff jeffrey jenna
jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy joan joanna joanne jodie
joe joel john johnny jon jonathan jordan joseph josh joshua joyce judith judy julia julian
julie justin karen kate katherine kathleen kathryn kathy katie kay keith kelly ken kenneth
kevin kimberly kirsty kyle larry laura lauren lawrence leah leonard leslie
liam lillian linda lindsay lisa lloyd logan lois lorraine louis louise lucy luke lydia
lynn madeleine madison malcolm mandy marcus margaret marian marie marilyn marion marjorie
martha martin marvin mary matt matthew maureen megan melanie melissa michael michelle
mike mildred millie mitchell molly monica nancy naomi natalie nathan neil nicholas
nick nicola nicole nigel noah norma norman oliver olivia oscar owen pamela patricia patrick
paul paula pauline peggy penelope peter philip phillip phyllis rachel ralph randy raymond
rebecca reginald rhys richard rick ricky rita robert roberta robin roger ronald ross
roy russell ruth ryan sally samantha samuel sandra sarah scott sean shane
sharon sheila shirley sidney simon sophie stacey stanley stephanie stephen steve steven
stewart stuart susan suzanne sylvia tammy tanya teresa terence terry theodore theresa
thomas tim timothy tina todd tom tommy tony tracey tracy travis trevor tyler
valerie vanessa vera vernon veronica vicky victor victoria vincent virginia walter wayne
wendy wesley william willie yvonne zachary zoe
# Spanish, Portuguese, Catalan
abel adolfo adriana agustin aida alba alberto alejandra alejandro alfonso alfredo alicia
alonso alvaro amalia amparo ana andres angel angela angeles anibal antonia antonio araceli
armando arturo aurelio aurora beatriz belen benito bernardo blanca bruno camila candelaria
carlos carmen carolina catalina cecilia celia cesar clara claudia consuelo
cristian cristina cristobal daniela dario diego dolores domingo dulce edgardo eduardo
efrain elena eliana elisa eloy elvira emilia emiliano emilio enrique ernesto esperanza
esteban estela eugenia eva ezequiel fabian fabiola federico felipe fernanda fernando
fidel florencia francisca francisco gabriela gaspar genaro gerardo german gilberto gloria
gonzalo graciela gregorio guillermo gustavo hector heriberto hernan hilda horacio
hugo humberto ignacio ines irma isabel ismael ivan jacinto jaime javier jesus jimena joaquin
jorge josefina jose juan juana julio laura leonardo leticia lorena lorenzo lucia
luciana luis luisa manuel manuela marcela marcelo marco marcos margarita maria mariana
mariano maribel marina mario marisol marta martha martin mateo mauricio maximiliano
miguel milagros miriam moises monica natalia nicolas norma octavio omar oscar pablo
paola patricio paula pedro pilar rafael raquel ramiro ramon raul rebeca ricardo roberto
rocio rodolfo rodrigo rogelio rolando ruben samuel sebastian sergio silvia
simon sofia soledad susana teresa tomas ulises valentina valeria vicente victor victoria
virginia ximena yolanda alessandro anselmo baltasar benjamin bartolome celestino cirilo
damian dionisio eleazar eliseo evaristo faustino feliciano fermin florentino gaudencio
hipolito isidro jacobo jeronimo leandro lisandro macario nazario nestor onofre porfirio
primitivo reynaldo rigoberto saturnino severino silvestre teodoro tiburcio venancio
abilio adao afonso antonio caio carla cassio cleber conceicao davi diogo edson
fabio flavia gilmar gleisi heloisa joao joana jair leticia marcia marcio mauro
nilton otavio paulo reinaldo renata renato rogerio rosana sandro sergio tiago valdir
vinicius wagner
# French, Italian
adele adrien agathe alain alexandre amelie anais andre antoine arnaud aurelien baptiste
benoit bernadette brigitte bruno camille catherine celine chantal christelle christophe
claude clement colette corinne damien delphine didier dominique edouard elodie emilie
emmanuel emmanuelle eric etienne fabien fabrice florian francois francoise frederic gael
gaston genevieve gerard gilles guillaume helene herve hugues isabelle jacques jeanne
jerome joel josette julien laetitia laurence laurent lionel louise luc lucie ludovic
manon marcel margaux marine mathieu mathilde maxime michel mireille monique nathalie
nicolas noel odile olivier pascal patrice philippe pierre quentin raphael remi rene
sebastien segolene serge solene stephane sylvain sylvie thibault thierry valerie vincent
xavier yannick yves
alberto alessandra alessandro alessia andrea angelo antonella beppe carlo chiara claudio
corrado cristiano daniele davide dario elisabetta emanuele enrico enzo fabrizio federica
federico filippo francesca francesco franco gabriele giacomo gianluca gianni giorgia
giorgio giovanna giovanni giulia giuliana giulio giuseppe graziella guido ilaria lorenzo
luca luciano luigi manuela marcello marco massimo matteo matteo maurizio mauro michela
michele nicola paola paolo pietro raffaele renzo riccardo roberta roberto rocco rosa
salvatore sergio silvio simona simone stefania stefano tiziana tommaso ugo umberto valentina
valerio vittorio
# German, Dutch, Nordic
andreas anja annalena armin axel bernd birgit boris carsten christa christian christoph
claudia dieter dirk elke erich ernst felix florian franz friedrich fritz gerd gerhard
gunter hans hannelore heike heiko heinrich heinz helga helmut herbert holger horst ingrid
jens joachim jochen johann johannes jorg jurgen karl karin katrin klaus kurt lars lothar
lukas manfred markus martina matthias monika norbert olaf otto petra rainer ralf
reinhard rolf rudolf sabine sebastian sigmar stefan steffen susanne sven thorsten torsten
ulrich ulrike ursula uwe volker walter werner winfried wolfgang
annemarie bart bas cornelis daan dirk femke geert hendrik jan jeroen joost kees koen
lieke maarten mark marieke mark niels pieter rutger sander sjoerd thijs wim wouter
anders anna arne astrid birgitta bjorn dag erik espen eva freja frida gunnar hakon henrik
ingrid jonas jorgen kari karin kjell knut lars leif magnus mats mette nils ola olof ove
per ragnar rune sigrid stefan svein terje tor tove ulf
# Polish, Czech, Slovak, Hungarian, Baltic, Balkan, Greek, Romanian
agnieszka aleksander andrzej anna barbara beata bogdan bozena dariusz dorota elzbieta ewa
grzegorz halina henryk irena jacek jadwiga jakub jan janina jaroslaw jerzy joanna jozef
kamil katarzyna krystyna krzysztof leszek lukasz maciej magdalena malgorzata marcin marek
mariusz mateusz michal miroslaw monika pawel piotr przemyslaw radoslaw rafal renata
robert ryszard slawomir stanislaw szymon tadeusz teresa tomasz urszula wieslaw witold
wojciech zbigniew zofia
alena eva frantisek hana ivana jana jaroslav jiri josef karel ladislav lenka lucie
marketa milos miroslav petr radek vaclav vladimir zdenek zuzana
attila balazs gabor gyorgy istvan janos laszlo peter sandor tibor zoltan zsolt
andrius aurelija dalia gitanas ingrida kaja kersti linas mindaugas rasa toomas valdis
aleksandar ana bojan branko dejan dragan dusan goran igor ivan ivica jelena luka marija
marko milica milorad miroslav nebojsa nikola slobodan snezana srdjan tomislav
vesna vladimir vojislav zoran
alexandros anastasia andreas angeliki antonis christos costas dimitris dimitrios eleni
georgios giannis ioanna kostas kyriakos maria nikos panagiotis stavros vasilis yannis
adrian alexandru andrei bogdan catalin cristian daniela dan elena florin gheorghe ion ioana
iulian klaus laura liviu marius mihai mircea nicolae ovidiu radu traian vasile victor viorica
# Russian, Ukrainian, Belarusian, Georgian, Armenian, Central Asian
aleksandr aleksandra aleksei aleksey alexei alexey alla alyona anastasia anatoly anatoliy
andrei andrey andriy anna anton arkady arseniy artem artyom boris bohdan daria darya denis
denys dmitri dmitriy dmitry dmytro ekaterina elena evgeny evgeniy fyodor gennady georgy
grigory igor ilya inna irina ivan kateryna katerina kirill konstantin kostiantyn ksenia
larisa leonid liudmila lyudmila margarita maksim maxim marina mikhail mykhailo mykola
mykhaylo nadezhda natalia natalya nikita nikolai nikolay oksana oleg oleh olena oleksandr
oleksii oleksiy olga pavel pavlo petro petr polina ruslan sergei sergey serhiy
serhii stanislav stepan svetlana taras tatiana tatyana timur valentin valentina valery
valeriy vasily vasyl viktor viktoria viktoriya vitaly vitali vitaliy vladimir vladislav
vladyslav volodymyr vyacheslav yana yaroslav yegor yekaterina yelena yevgeny yevhen yulia
yuliya yuri yuriy yury zinaida zoya alexander dmitrii mariya veronika nadiya halyna hanna
iryna lesya liliya myroslava nataliya svitlana tetiana uliana vira volodymyr zhanna
aliaksandr siarhei sviatlana uladzimir
anya sasha masha dasha katya natasha misha kolya vanya olya sonya zhenya lena sveta galina
lyuba nastya vika slava tolya volodya yura petya kostya grisha
davit giorgi irakli lasha levan mikheil nino salome tamar tengiz zurab
aram armen arsen ashot gevorg hayk karen lilit narek nikol serzh tigran vahe
askar bakhyt dauren kassym nursultan rustam shavkat timur yerlan
# Turkish, Azerbaijani, Persian, Kurdish, Afghan
ahmet ali aysel ayse baris burak cem deniz ebru ece elif emine emre esra fatih
fatma gul hakan hasan huseyin ibrahim ilham ismail kemal kerem leyla mehmet meral
mert mesut murat mustafa necmettin nihat omer orhan ozlem recep selahattin selim serkan
sevgi suleyman tuba ugur volkan yasin yusuf zeynep
abbas abdolreza ahmad akbar ali alireza amir arash ardeshir babak bahram behrouz dariush
ebrahim ehsan farhad farid fariba farzaneh fatemeh hamid hassan hossein javad kambiz kaveh
mahmoud majid maryam masoud mehdi mehran mohsen mojtaba morteza narges nasrin parisa
parviz payam reza roya saeed sadegh shirin siamak sohrab zahra
ashraf gulbuddin hamid ahmad massoud zalmay
# Arabic (common transliterations)
abdallah abdel abdelaziz abdelkader abdelrahman abdul abdulaziz abdullah abdulrahman adel
adnan ahmad ahmed aisha aishah akram ala alaa ali amal amin amina amira ammar amr anas anwar
asma ayman aziz badr bashar bassam bilal dalia dina ehab emad essam faisal farah fares farouk
fatima fatma fawzi fayez firas fuad ghada hadi hafez haitham hala hamad hamdan hamza hana
hani hanan haroun hasan hashem hassan hatem haya haytham hazem hiba hisham hoda hossam
houda hussain hussein ibrahim ihab imad iman isa issa jamal jamil jassim kamal karim khaled
khalid khalil laila lama layla leila lina lubna mahdi mahmoud majed majid malak malik mariam miriam
mansour marwa marwan maryam maysa mohamed mohammad mohammed mona mostafa muhammad munir
mustafa nabil nada nadia nadim naguib najib nasser nawaf nawal nizar noor nour nuri omar
osama qasim rami rania rashid rasha reem rima riyad saad sabri saeed sahar
saif salah saleh salim salma salman sameh sami samia samir samira sara sawsan shadi sherif
sultan tamer tarek tareq tariq wael walid waleed yahya yara yasmin yasser youssef yousef
yousif yusuf zaid zainab zakaria zayed ziad
# Hebrew
amit ariel avi avigdor avraham benny benjamin binyamin chaim dalia daniel david eitan ehud
eli eliezer gideon itamar moshe naftali noa ofer rachel reuven shimon shlomo tamar tzipi
uri yair yaakov yehuda yitzhak yoav yossi
# South Asian
aamir abhishek aditya ajay ajit akhilesh akshay alok amit amitabh anand anil anita anjali
ankit anupam arjun arun arvind ashok atul bhupesh deepak devendra dinesh gautam gopal
gurpreet harish imran indira jagdish jaswant kamala kapil karan kavita kiran krishna
lakshmi mahesh mamata manish manmohan manoj meena mohan mukesh narendra naveen neha nirmala
nitin nitish pankaj pooja prakash pranab prashant pratibha priya priyanka rahul raj rajesh
rajiv rajnath rakesh ramesh ranjit ravi rohit sachin sandeep sanjay sanjeev santosh
shashi shiv shreya sita smriti sonia subhash suman sunil sunita suresh sushma
tejashwi uddhav uma vijay vikram vinod vivek yogendra
asif ayesha benazir bilawal fawad hamza imran iqbal jahangir junaid maryam nawaz pervez
raheel shahbaz shehbaz zulfikar
abul anisur hasina khaleda mahmudul obaidul sajeeb tarique
gotabaya mahinda ranil sajith
# East and Southeast Asian
hui jian jie jing jun lei ling ming ping qiang wei xin xiaoping yan
yi ying yong yu yun zhen zhi jinping keqiang
akira akiko atsushi daisuke fumio haruka haruto hideki hiroko hiroshi hiroto jun junichiro
kazuo keiko kenji kenta koji makoto masahiro mayumi minoru naoki naoto nobuo ryo sakura
satoshi shigeru shinzo shinji shoji taro takashi takeshi tetsuya toshiro yoko yoshihide
yoshihiko yui yuki yukio yuko yumiko
chul dong eun hye hyun ji jin jae joon kyung seo seung soo sung yeon young
anh binh duc hoa huong lan linh long minh nam ngoc phuong quang thanh thao
thu trang trung tuan
anwar joko megawati prabowo susilo siti budi dewi agus bambang rizal rodrigo ferdinand
benigno gloria imelda leni sara thaksin yingluck prayuth
# African
abiy abubakar adama adebayo adewale akinwumi aliko amadou amara babajide bola chidi
chinedu chinwe chukwuemeka cyril emeka emmerson fatou folake funmilayo goodluck hage
hakainde ibrahim idris jacob julius kwame kofi kwesi lindiwe macky mamadou moussa
musa nana ngozi nkosazana nnamdi obiageli olusegun oluwaseun paul samia thabo
uhuru william yemi yoweri
# More African: Southern African (Nguni, Sotho, Tswana), Akan day names, Yoruba and Igbo,
# Ethiopian (given name and father's name both given names), Kenyan
andile ayanda bongani buhle kagiso lerato lwazi mpho nokuthula nomvula palesa sibusiso
sipho siyabonga thandeka themba thulani tshepo zanele abena adwoa afua akosua ama efua esi
kojo kwabena kwaku yaa adaeze bukola chioma ebi femi ifeoma kemi obinna olumide preye segun
tarila titilayo tunde uche abebe almaz dawit getachew haile kebede meron mulugeta selam
tesfaye tigist yared achieng akinyi njeri wambui wanjiru
# More European and Nordic
rosemary maya tessa nadine yvette katharina kathrin mads mikkel rasmus pernille soren
kasper jesper gudrun sigrun sigurdur olafur ragnheidur liis kadri mari tiit jaan priit triin
stelios konstantinos giorgos dimitra zsuzsanna balint akos gergely katalin erzsebet ildiko
tamas nenad ljubica
# More South and Southeast Asian
siddharth venkatesh srinivas padma kavitha arnel jericho maricel rowena marites somchai
somsak wanchai suda malee pornthip
# More Dutch and Flemish (with the familiar forms news writes alone: Henk, Piet, Klaas)
henk piet klaas joop jaap bram guus huub sjef toon ruud sjaak gerrit evert harm hidde jelle jelte jochem
joris koos leendert maurits menno michiel remco roel stijn teun wessel tjeerd hylke arjen erwin frits gert
marloes sanne anouk lotte fleur ilse inge janneke marijke annelies wilma ria truus els mieke hanneke joke
karlijn liesbeth loes mirjam nienke renske saskia tineke dorien ymke femke
# Sinhala and Sri Lankan Tamil
prasanna chaminda nimal dilshan lasantha nuwan shiranee sivakumar kumara anura ruwan chamari kasun
lahiru tharindu dimuth upul sanath aravinda muttiah thisara nalin asanka chandana dulani nirosha anoma
dilrukshi kumudu rasika thushara sivanesan murali selvaraj kandiah nishantha priyantha sampath roshan
# Mongolian
bat batbayar batbold batjargal battulga bayarmaa bolormaa dorjsuren enkhbayar enkhbold enkhjargal
enkhtuya erdenebat ganbaatar ganbold gantulga khurelsukh munkhbat narantsetseg oyuntsetseg oyungerel
sarnai solongo sukhbaatar tsetsegmaa uyanga zorig altangerel amarbayasgalan ariunaa delgermaa dulmaa
khulan mandakh nergui odgerel otgonbayar saruul tsolmon temuulen chinbat bolor luvsandorj dashdorj
# Basque and Catalan
mikel inaki aitor xabier unai ander iker gorka josu koldo asier eneko imanol jokin ibon joseba
garbine nerea itziar amaia ainhoa leire idoia arantxa edurne miren itxaso izaskun
jordi oriol arnau pere marc albert xavier joan josep nuria montserrat meritxell laia roser
"""

GIVEN_NAMES = frozenset(
    word
    for line in GIVEN_NAMES_TEXT.splitlines()
    if not line.startswith("#")
    for word in line.split()
)

# Given names that are a woman's or a man's in the languages they come from, for telling apart
# namesakes by a title ('Mr Prasad' is not 'Sunita Prasad').  Names given to both (Andrea, Jean,
# Sasha, Kim, Nikola, Sri, Noor, Dana) are in neither list.
FEMALE_GIVEN_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine rachel catherine carolyn janet ruth heather diane
    virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
    hannah martha jacqueline frances gloria ann anne teresa kathryn sara janice alice julia judy
    grace denise amber marilyn beverly danielle theresa sophia marie diana natalie isabella
    charlotte rose claire fiona sophie chloe lucy eleanor louise susanne maria
    lucia sofia valentina camila isabel carmen rosa elena ana juana marta pilar dolores
    mercedes beatriz gabriela daniela fernanda alejandra adriana veronica claudia monica silvia
    raquel paula maritza yolanda esperanza guadalupe leticia rocio consuelo ines luisa graciela
    liliana marisol julieta antonia francisca josefa catalina manuela agustina florencia ximena
    paola lorena carolina natalia renata fabiola gisela maribel elvira rosario soledad amparo
    concepcion joana marcia rosana heloisa flavia
    camille manon lea juliette nathalie isabelle sylvie francoise monique celine aurelie giulia
    francesca chiara alessandra federica martina giovanna ursula brigitte sabine petra monika
    katrin birgit ingrid heike ute
    olga tatiana tatyana irina svetlana ekaterina yekaterina marina galina lyudmila yulia oksana
    olena iryna tetiana tetyana kateryna nadia nadezhda anastasia daria alina viktoria agnieszka
    katarzyna malgorzata ewa joanna magdalena zofia jana lucie eva
    fatima fatma aisha aicha khadija maryam mariam zainab zeinab layla leila amina huda salma
    samira yasmin yasmine rania reem lina farah fatemeh zahra masoumeh parisa shirin nasrin
    elif zeynep ayse emine merve esra hatice
    sunita anita priya pooja neha kavita rekha lakshmi meena savitri asha usha geeta gita shanti
    radha sita anjali deepika divya shweta nisha rani kamala indira sonia nasima fatema rahima
    shahida dewi siti putri ayu wulan nurul malee suda pornthip maricel rowena marites
    ngozi chiamaka adaeze funmilayo folake abena akosua efua wanjiru njeri achieng akinyi
    nomvula thandiwe nokuthula lindiwe
    anahit lilit gayane armine nune nino tamar ketevan kalesi maritza
    marloes sanne anouk lotte fleur ilse inge janneke marijke annelies wilma mieke hanneke mirjam saskia tineke
    shiranee chamari dulani nirosha anoma dilrukshi kumudu
    bayarmaa bolormaa enkhtuya narantsetseg oyuntsetseg oyungerel sarnai solongo tsetsegmaa uyanga ariunaa
    delgermaa dulmaa khulan
    """.split()
)
MALE_GIVEN_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    tyler aaron henry peter douglas adam nathan zachary walter kyle harold carl arthur gerald
    roger keith lawrence terry sean christian albert joe ethan austin jesse willie billy bruce
    ralph roy jordan eugene louis philip bobby johnny wayne harry oliver
    jose juan luis carlos jorge pedro miguel manuel francisco antonio javier alejandro fernando
    ricardo rafael roberto eduardo sergio andres diego pablo alberto enrique ramon raul hector
    arturo gustavo julio cesar mario oscar victor hugo ignacio joaquin tomas martin rodrigo
    gonzalo emilio esteban felipe jaime ruben salvador edgar wilber fermin mikel inaki aitor
    jordi oriol joao paulo tiago marcio renato rogerio sandro valdir vinicius
    jean-pierre francois michel philippe pierre jacques nicolas olivier laurent thierry giuseppe
    giovanni francesco alessandro marco luca matteo lorenzo stefano hans klaus jurgen wolfgang
    dieter uwe stefan thorsten
    ivan sergei sergey dmitry dmitri aleksandr alexei aleksei vladimir nikolai mikhail andrei
    yuri yuriy oleg igor pavel viktor boris mykola oleksandr dmytro volodymyr andriy serhiy
    taras vasyl piotr pawel tomasz krzysztof marek jakub
    mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain omar umar khalid
    abdullah ibrahim youssef yusuf mustafa mahmoud karim tariq hamid reza mehdi hossein
    mehmet ahmet mustafa murat emre burak
    rajesh ramesh suresh mahesh sanjay vijay anil sunil rahul amit arjun ravi devendra rajendra
    vikram ashok manoj deepak prakash krishna
    budi joko bambang agus somchai somsak wanchai
    chukwuemeka emeka olusegun oluwaseun kwame kofi kwabena yaw thabo sipho themba bongani
    aram tigran gagik vardan armen davit levan giorgi irakli
    henk piet klaas joop jaap bram huub sjef toon ruud gerrit evert harm jelle joris koos menno michiel remco
    prasanna chaminda nimal dilshan lasantha nuwan sivakumar kasun lahiru tharindu upul sanath nishantha
    batbayar batbold battulga enkhbold ganbaatar ganbold gantulga munkhbat sukhbaatar zorig temuulen
    """.split()
)
