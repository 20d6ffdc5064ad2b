/**
 * Synthetic people for `cli seed`: invented combinations of common names from the countries whose Red Notice and
 * diffusion abuse the domain brief cites, each with its native-script spelling and a variant transliteration, as
 * INTERPOL documents and U.S. papers spell the same person differently.
 */
export interface NamePool {
  country: string;
  script: 'latin' | 'cyrillic' | 'arabic' | 'chinese';
  language: string;
  /** [latin, native, variant transliteration] */
  family: readonly (readonly [string, string, string])[];
  given: readonly (readonly [string, string, string])[];
  cities: readonly string[];
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    country: 'Russia',
    script: 'cyrillic',
    language: 'Russian',
    family: [
      ['Ivanov', 'Иванов', 'Ivanoff'],
      ['Smirnov', 'Смирнов', 'Smirnoff'],
      ['Kuznetsova', 'Кузнецова', 'Kouznetsova'],
      ['Volkov', 'Волков', 'Wolkow'],
      ['Sokolova', 'Соколова', 'Sokolowa'],
      ['Fedorov', 'Фёдоров', 'Fyodorov'],
      ['Morozov', 'Морозов', 'Morosow'],
      ['Lebedeva', 'Лебедева', 'Lebedewa'],
    ],
    given: [
      ['Aleksei', 'Алексей', 'Alexey'],
      ['Yulia', 'Юлия', 'Iulia'],
      ['Dmitry', 'Дмитрий', 'Dmitrii'],
      ['Natalya', 'Наталья', 'Natalia'],
      ['Sergei', 'Сергей', 'Sergey'],
      ['Yekaterina', 'Екатерина', 'Ekaterina'],
    ],
    cities: ['Moscow', 'Saint Petersburg', 'Kazan', 'Yekaterinburg'],
  },
  {
    country: 'Belarus',
    script: 'cyrillic',
    language: 'Belarusian',
    family: [
      ['Karpenka', 'Карпенка', 'Karpenko'],
      ['Tsikhanouski', 'Ціханоўскі', 'Tikhanovsky'],
      ['Kalesnikava', 'Калеснікава', 'Kolesnikova'],
      ['Babaryka', 'Бабарыка', 'Babariko'],
    ],
    given: [
      ['Siarhei', 'Сяргей', 'Sergei'],
      ['Maryia', 'Марыя', 'Maria'],
      ['Viktar', 'Віктар', 'Viktor'],
      ['Sviatlana', 'Святлана', 'Svetlana'],
    ],
    cities: ['Minsk', 'Brest', 'Hrodna', 'Homel'],
  },
  {
    country: 'China',
    script: 'chinese',
    language: 'Mandarin',
    family: [
      ['Wang', '王', 'Wong'],
      ['Li', '李', 'Lee'],
      ['Zhang', '张', 'Chang'],
      ['Chen', '陈', 'Chan'],
      ['Liu', '刘', 'Lau'],
      ['Zhou', '周', 'Chow'],
    ],
    given: [
      ['Wei', '伟', 'Wai'],
      ['Fang', '芳', 'Fong'],
      ['Jianguo', '建国', 'Kin-kwok'],
      ['Xiuying', '秀英', 'Hsiu-ying'],
      ['Ming', '明', 'Meng'],
    ],
    cities: ['Beijing', 'Shanghai', 'Urumqi', 'Guangzhou'],
  },
  {
    country: 'Turkey',
    script: 'latin',
    language: 'Turkish',
    family: [
      ['Yılmaz', 'Yılmaz', 'Yilmaz'],
      ['Demir', 'Demir', 'Demir'],
      ['Şahin', 'Şahin', 'Sahin'],
      ['Çelik', 'Çelik', 'Celik'],
      ['Öztürk', 'Öztürk', 'Ozturk'],
      ['Aydın', 'Aydın', 'Aydin'],
    ],
    given: [
      ['Mehmet', 'Mehmet', 'Mehmed'],
      ['Ayşe', 'Ayşe', 'Ayse'],
      ['Mustafa', 'Mustafa', 'Moustafa'],
      ['Zeynep', 'Zeynep', 'Zeinep'],
      ['Gökhan', 'Gökhan', 'Gokhan'],
    ],
    cities: ['Istanbul', 'Ankara', 'Izmir', 'Diyarbakır'],
  },
  {
    country: 'Egypt',
    script: 'arabic',
    language: 'Arabic',
    family: [
      ['Hassan', 'حسن', 'Hasan'],
      ['Mahmoud', 'محمود', 'Mahmud'],
      ['Abdel Rahman', 'عبد الرحمن', 'Abdelrahman'],
      ['Mansour', 'منصور', 'Mansur'],
      ['El-Sayed', 'السيد', 'Elsayed'],
    ],
    given: [
      ['Ahmed', 'أحمد', 'Ahmad'],
      ['Mona', 'منى', 'Muna'],
      ['Omar', 'عمر', 'Umar'],
      ['Nour', 'نور', 'Noor'],
      ['Khaled', 'خالد', 'Khalid'],
    ],
    cities: ['Cairo', 'Alexandria', 'Giza', 'Mansoura'],
  },
  {
    country: 'United Arab Emirates',
    script: 'arabic',
    language: 'Arabic',
    family: [
      ['Al Mansoori', 'المنصوري', 'Almansouri'],
      ['Al Suwaidi', 'السويدي', 'Alsuwaidi'],
      ['Al Marri', 'المري', 'Almarri'],
    ],
    given: [
      ['Rashid', 'راشد', 'Rashed'],
      ['Fatima', 'فاطمة', 'Fatma'],
      ['Hamad', 'حمد', 'Hamed'],
    ],
    cities: ['Abu Dhabi', 'Dubai', 'Sharjah'],
  },
  {
    country: 'Tajikistan',
    script: 'cyrillic',
    language: 'Tajik',
    family: [
      ['Rahmonov', 'Раҳмонов', 'Rakhmonov'],
      ['Nazarov', 'Назаров', 'Nazarow'],
      ['Saidova', 'Саидова', 'Saidowa'],
    ],
    given: [
      ['Farrukh', 'Фаррух', 'Farukh'],
      ['Dilnoza', 'Дилноза', 'Dilnaza'],
      ['Umed', 'Умед', 'Umid'],
    ],
    cities: ['Dushanbe', 'Khujand', 'Kulob'],
  },
  {
    country: 'Venezuela',
    script: 'latin',
    language: 'Spanish',
    family: [
      ['González', 'González', 'Gonzalez'],
      ['Rodríguez', 'Rodríguez', 'Rodriguez'],
      ['Pérez', 'Pérez', 'Perez'],
      ['Hernández', 'Hernández', 'Hernandez'],
    ],
    given: [
      ['José Luis', 'José Luis', 'Jose Luis'],
      ['María Fernanda', 'María Fernanda', 'Maria Fernanda'],
      ['Andrés', 'Andrés', 'Andres'],
      ['Lucía', 'Lucía', 'Lucia'],
    ],
    cities: ['Caracas', 'Maracaibo', 'Valencia', 'Barquisimeto'],
  },
  {
    country: 'Nicaragua',
    script: 'latin',
    language: 'Spanish',
    family: [
      ['Chamorro', 'Chamorro', 'Chamoro'],
      ['Maradiaga', 'Maradiaga', 'Maradiaga'],
      ['Téllez', 'Téllez', 'Tellez'],
    ],
    given: [
      ['Félix', 'Félix', 'Felix'],
      ['Dora María', 'Dora María', 'Dora Maria'],
      ['Juan Sebastián', 'Juan Sebastián', 'Juan Sebastian'],
    ],
    cities: ['Managua', 'León', 'Masaya'],
  },
  {
    country: 'Kazakhstan',
    script: 'cyrillic',
    language: 'Kazakh',
    family: [
      ['Ablyazov', 'Әблязов', 'Abliazov'],
      ['Nurlanova', 'Нұрланова', 'Nurlanowa'],
      ['Zhaksybekov', 'Жақсыбеков', 'Jaksybekov'],
    ],
    given: [
      ['Mukhtar', 'Мұхтар', 'Mukhtar'],
      ['Aigerim', 'Айгерім', 'Aygerim'],
      ['Yerlan', 'Ерлан', 'Erlan'],
    ],
    cities: ['Almaty', 'Astana', 'Shymkent'],
  },
];
