public const string Sha256 = "bd25359f9b90e34087b871311b7928aa8e872f2fad0be05ee07d0959028f8d00";
public const string Image = "data:image/png;base64,iV4Ynp6HTToHurqZH54oICKPl77dXe4ty2tiXi3THik6qDd9xhwoFjFd60bb5K0i9BsZt0m+cFwfwU52dDy14vPHQxBXswLv4e3mfI7CjBm80GdCuMw1xBwb";
var url = "https://api.example.com/v1/orders?page=2&size=50";
var ftp = "ftp://mirror.example.org/pub/releases";
