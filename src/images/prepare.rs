//! From the bytes sent to the renditions stored: the checks, the decoding
//! within bounds, the resizing and the encoding. No I/O: tested alone.

use std::io::Cursor;

use image::{
    DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, codecs::jpeg::JpegEncoder,
    imageops::FilterType, metadata::Orientation,
};
use sea_orm::entity::prelude::*;

use super::WIDTHS;

/// The largest file accepted: a photograph straight from a camera fits.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// The most pixels a picture may have on either side, and in all: 40
/// million pixels take 160 MB once decoded, which a 2-core server can
/// afford one at a time.
const MAX_SIDE: u32 = 12_000;
const MAX_PIXELS: u64 = 40_000_000;

/// How closely a photograph's renditions keep it (of 100).
const JPEG_QUALITY: u8 = 85;

/// Why a picture is refused; each has its message for the sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLarge,
    Empty,
    /// Not PNG or JPEG (SVG included: it can carry scripts).
    NotAPicture,
    /// Declares more pixels than the site decodes: an image bomb, or a
    /// picture far larger than any page needs.
    TooManyPixels,
    /// Starts as a picture but does not decode.
    Damaged,
}

impl Problem {
    pub fn message_key(&self) -> &'static str {
        match self {
            Problem::TooLarge => "image-too-large",
            Problem::Empty => "image-empty",
            Problem::NotAPicture => "image-type",
            Problem::TooManyPixels => "image-too-many-pixels",
            Problem::Damaged => "image-damaged",
        }
    }
}

/// How renditions are stored: photographs as JPEG, pictures with
/// transparency (logos, diagrams) as PNG, which keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum Format {
    #[sea_orm(string_value = "jpeg")]
    Jpeg,
    #[sea_orm(string_value = "png")]
    Png,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension {
            "jpg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

/// A picture ready to store: its size, and each rendition's width and bytes.
pub struct Prepared {
    pub width: u32,
    pub height: u32,
    pub format: Format,
    pub renditions: Vec<(u32, Vec<u8>)>,
}

/// The widths a picture `width` pixels wide is stored at.
pub fn widths(width: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = WIDTHS.iter().map(|&w| w.min(width.max(1))).collect();
    widths.dedup();
    widths
}

/// `bytes` are the first bytes of a file of `size` bytes sent.
pub fn prepare(bytes: &[u8], size: usize) -> Result<Prepared, Problem> {
    if size == 0 {
        return Err(Problem::Empty);
    }
    if size > MAX_BYTES || bytes.len() < size {
        return Err(Problem::TooLarge);
    }
    let reader = || -> Result<ImageReader<Cursor<&[u8]>>, Problem> {
        let reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| Problem::NotAPicture)?;
        match reader.format() {
            Some(ImageFormat::Png | ImageFormat::Jpeg) => Ok(reader),
            _ => Err(Problem::NotAPicture),
        }
    };
    // The header first: a bomb is refused before anything is allocated.
    let (width, height) = reader()?.into_dimensions().map_err(|_| Problem::Damaged)?;
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Problem::TooManyPixels);
    }
    let picture = decode_upright(reader()?)?;
    let (width, height) = (picture.width(), picture.height());
    let format = if picture.color().has_alpha() {
        Format::Png
    } else {
        Format::Jpeg
    };
    let renditions = widths(width)
        .into_iter()
        .map(|shown| Ok((shown, encode(&resized(&picture, shown), format)?)))
        .collect::<Result<_, Problem>>()?;
    Ok(Prepared {
        width,
        height,
        format,
        renditions,
    })
}

/// Decodes within the memory bound, then turns the picture the way its
/// camera said it was held (EXIF orientation): the renditions carry no EXIF
/// for a browser to read, so a portrait photograph would lie on its side.
fn decode_upright(mut reader: ImageReader<Cursor<&[u8]>>) -> Result<DynamicImage, Problem> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    reader.limits(limits);
    let refused = |error: image::ImageError| match error {
        image::ImageError::Limits(_) => Problem::TooManyPixels,
        _ => Problem::Damaged,
    };
    let mut decoder = reader.into_decoder().map_err(refused)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refused)?;
    picture.apply_orientation(orientation);
    Ok(picture)
}

fn resized(picture: &DynamicImage, width: u32) -> DynamicImage {
    if width >= picture.width() {
        return picture.clone();
    }
    // The height follows: the picture keeps its proportions.
    picture.resize(width, MAX_SIDE, FilterType::Triangle)
}

fn encode(picture: &DynamicImage, format: Format) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    let written = match format {
        Format::Jpeg => {
            JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY).encode_image(&picture.to_rgb8())
        }
        Format::Png => DynamicImage::ImageRgba8(picture.to_rgba8())
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png),
    };
    written.map_err(|_| Problem::Damaged)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let picture = RgbImage::from_pixel(width, height, Rgb([30, 90, 160]));
        encode(&DynamicImage::ImageRgb8(picture), Format::Jpeg).unwrap()
    }

    fn prepared(bytes: &[u8]) -> Result<Prepared, Problem> {
        prepare(bytes, bytes.len())
    }

    #[test]
    fn a_photograph_is_stored_at_each_width_as_jpeg() {
        let done = prepared(&jpeg(1600, 900)).unwrap();
        assert_eq!(
            (done.width, done.height, done.format),
            (1600, 900, Format::Jpeg)
        );
        let widths: Vec<u32> = done.renditions.iter().map(|(w, _)| *w).collect();
        assert_eq!(widths, [400, 1200]);
        let small = image::load_from_memory(&done.renditions[0].1).unwrap();
        assert_eq!((small.width(), small.height()), (400, 225));
    }

    #[test]
    fn a_small_picture_keeps_its_width_and_transparency() {
        let logo = RgbaImage::from_pixel(120, 60, Rgba([0, 0, 0, 0]));
        let mut bytes = Vec::new();
        DynamicImage::ImageRgba8(logo)
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        let done = prepared(&bytes).unwrap();
        assert_eq!(done.format, Format::Png);
        assert_eq!(done.renditions.len(), 1);
        assert_eq!(done.renditions[0].0, 120);
    }

    /// A photograph taken with the camera held upright: stored 40 by 20,
    /// with the EXIF orientation "turn a quarter clockwise" (6).
    #[test]
    fn a_photograph_is_turned_as_its_camera_was_held() {
        use image::{ExtendedColorType, ImageEncoder};
        let mut exif = b"II\x2a\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
        exif.extend_from_slice(&[6, 0, 0, 0, 0, 0, 0, 0]);
        let mut bytes = Vec::new();
        let mut encoder = JpegEncoder::new(&mut bytes);
        encoder.set_exif_metadata(exif).unwrap();
        let pixels = vec![128; 40 * 20 * 3];
        encoder
            .write_image(&pixels, 40, 20, ExtendedColorType::Rgb8)
            .unwrap();
        let done = prepared(&bytes).unwrap();
        assert_eq!((done.width, done.height), (20, 40));
        let stored = image::load_from_memory(&done.renditions[0].1).unwrap();
        assert_eq!((stored.width(), stored.height()), (20, 40));
    }

    /// A real JPEG whose header then claims 60,000 by 60,000 pixels: 14 GB
    /// once decoded, from a few hundred bytes.
    #[test]
    fn an_image_bomb_is_refused_from_its_header() {
        let mut bomb = jpeg(16, 16);
        let frame = bomb
            .windows(2)
            .position(|marker| marker == [0xFF, 0xC0])
            .expect("a baseline frame");
        // After the marker: length (2), precision (1), height (2), width (2).
        bomb[frame + 5..frame + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
        assert_eq!(prepared(&bomb).err(), Some(Problem::TooManyPixels));
    }

    #[test]
    fn what_is_not_a_png_or_jpeg_is_refused() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
        assert_eq!(prepared(svg).err(), Some(Problem::NotAPicture));
        assert_eq!(prepared(b"GIF89a....").err(), Some(Problem::NotAPicture));
        assert_eq!(prepare(b"", 0).err(), Some(Problem::Empty));
        assert_eq!(
            prepare(&[0; 16], MAX_BYTES + 1).err(),
            Some(Problem::TooLarge)
        );
        let mut cut = jpeg(64, 64);
        cut.truncate(cut.len() / 2);
        assert_eq!(prepared(&cut).err(), Some(Problem::Damaged));
    }
}
