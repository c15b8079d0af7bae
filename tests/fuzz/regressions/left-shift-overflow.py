i = 2
while i :
    i<<= 2
pri, x.gr